package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.concurrent.CompletableFuture;

/** Replaces the card whose button was pressed (the activity this turn replies to), rather than adding one. */
final class CardUpdates {

    private CardUpdates() {
    }

    static CompletableFuture<Void> replacePressed(TurnContext turnContext, Attachment card) {
        String pressed = turnContext.getActivity().getReplyToId();
        if (pressed == null) {
            return turnContext.sendActivity(MessageFactory.attachment(card)).thenApply(sent -> null);
        }
        Activity update = MessageFactory.attachment(card);
        update.setId(pressed);
        return turnContext.updateActivity(update).thenApply(updated -> null);
    }
}
