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
        return replace(turnContext, turnContext.getActivity().getReplyToId(), card);
    }

    /** Replaces the bot's message with this id in the turn's conversation; with no id, sends the card anew. */
    static CompletableFuture<Void> replace(TurnContext turnContext, String activityId, Attachment card) {
        if (activityId == null || activityId.isEmpty()) {
            return turnContext.sendActivity(MessageFactory.attachment(card)).thenApply(sent -> null);
        }
        Activity update = MessageFactory.attachment(card);
        update.setId(activityId);
        return turnContext.updateActivity(update).thenApply(updated -> null);
    }
}
