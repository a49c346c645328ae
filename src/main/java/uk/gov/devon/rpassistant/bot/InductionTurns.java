package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.schema.Attachment;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.induction.InductionPathway;
import uk.gov.devon.rpassistant.induction.InductionStep;

/**
 * The new starters' pathway, one card a step with Next, Back, "Ask a question" and "Start again". Remembers
 * each person's step, so "start here" resumes where they left off.
 */
@Component
class InductionTurns {

    enum Move { START, NEXT, BACK, RESTART }

    /** The name of the person's progress in the user state. */
    static final String PROGRESS = "induction";

    private final InductionPathway pathway;
    private final UserState userState;
    private final StatePropertyAccessor<InductionProgress> progress;
    private final ReminderTurns reminders;

    InductionTurns(InductionPathway pathway, UserState userState, ReminderTurns reminders) {
        this.pathway = pathway;
        this.userState = userState;
        this.progress = userState.createProperty(PROGRESS);
        this.reminders = reminders;
    }

    CompletableFuture<Void> move(TurnContext turnContext, Move move) {
        return progress.get(turnContext, InductionProgress::new).thenCompose(current -> {
            boolean resuming = move == Move.START && current.getStep() > 1;
            int step = switch (move) {
                case START -> Math.max(1, current.getStep());
                case NEXT -> current.getStep() + 1;
                case BACK -> current.getStep() - 1;
                case RESTART -> 1;
            };
            step = Math.max(1, Math.min(step, pathway.length()));
            current.setStep(step);
            Optional<ObjectNode> reminder = reminders.movedTo(turnContext, step);
            Attachment card = pathway.step(step).map(each -> card(each, resuming, reminder))
                    .orElseGet(InductionTurns::emptyPathway);
            return progress.set(turnContext, current)
                    .thenCompose(set -> userState.saveChanges(turnContext))
                    .thenCompose(saved -> show(turnContext, move, card));
        });
    }

    /** Next, Back and Start again turn the page of the card pressed; "start here" brings a new card. */
    private static CompletableFuture<Void> show(TurnContext turnContext, Move move, Attachment card) {
        return move == Move.START
                ? turnContext.sendActivity(MessageFactory.attachment(card)).thenApply(sent -> null)
                : CardUpdates.replacePressed(turnContext, card);
    }

    /** A step's card; {@code reminder} is the reminder button it offers, if any ({@link ReminderTurns#movedTo}). */
    static Attachment card(InductionStep step, boolean resuming, Optional<ObjectNode> reminder) {
        String position = "Step " + step.number() + " of " + step.total();
        Cards card = new Cards("New starter pathway. " + position + ": " + step.title());
        if (resuming) {
            card.text("Welcome back. You were on " + position.toLowerCase(java.util.Locale.ROOT) + ".", true);
        }
        card.text("New starter pathway: " + position, true).heading(step.title()).text(step.text(), false);
        if (!step.isFirst()) {
            card.action(Cards.submit("Back", new CardAction.Induction(Move.BACK)));
        }
        if (!step.isLast()) {
            card.action(Cards.submit("Next", new CardAction.Induction(Move.NEXT)));
            reminder.ifPresent(card::action);
        } else {
            card.text("That's the last step. Well done. Ask me anything, or type **topics** to explore more.", false);
        }
        card.action(Cards.submit("Read the whole topic", new CardAction.Section(step.documentId())));
        card.action(Cards.askAQuestion());
        card.action(Cards.submit("Start again", new CardAction.Induction(Move.RESTART)));
        card.text("Or type a question below. Type **start here** to come back to this step.", true);
        return card.attachment();
    }

    private static Attachment emptyPathway() {
        return new Cards("The new starter pathway is not set up yet.")
                .text("The new starter pathway is not set up yet. Type **topics** to see what I know.", false)
                .attachment();
    }
}
