package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.induction.InductionPathway;
import uk.gov.devon.rpassistant.induction.Nudge;
import uk.gov.devon.rpassistant.induction.NudgeTimes;
import uk.gov.devon.rpassistant.induction.Nudges;
import uk.gov.devon.rpassistant.induction.NudgesProperties;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;
import uk.gov.devon.rpassistant.state.DatabaseOutage;

/**
 * "Remind me weekly" and "stop reminders": a new starter's opt-in to weekly nudges back to the pathway (in their
 * personal chat only), and its end. Also says which of the two buttons a pathway card offers.
 */
@Component
class ReminderTurns {

    private static final Logger log = LoggerFactory.getLogger(ReminderTurns.class);

    private final Nudges nudges;
    private final NudgesProperties settings;
    private final InductionPathway pathway;
    private final Pseudonyms pseudonyms;
    private final DatabaseOutage outage;
    private final StatePropertyAccessor<InductionProgress> progress;

    ReminderTurns(Nudges nudges, NudgesProperties settings, InductionPathway pathway, Pseudonyms pseudonyms,
            DatabaseOutage outage, UserState userState) {
        this.nudges = nudges;
        this.settings = settings;
        this.pathway = pathway;
        this.pseudonyms = pseudonyms;
        this.outage = outage;
        this.progress = userState.createProperty(InductionTurns.PROGRESS);
    }

    CompletableFuture<Void> remindWeekly(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        if (!Conversations.isPersonal(activity)) {
            return send(turnContext, ReminderCards.personalChatOnly());
        }
        if (!settings.enabled()) {
            return send(turnContext, ReminderCards.switchedOff());
        }
        return progress.get(turnContext, InductionProgress::new).thenCompose(current -> {
            int step = Math.max(1, current.getStep());
            if (step >= pathway.length()) {
                return send(turnContext, ReminderCards.nothingLeft());
            }
            String conversation = ConversationRecorder.withoutThread(activity.getConversation().getId());
            Nudge nudge = nudges.optIn(userKey(activity), pseudonyms.of(conversation), step);
            return send(turnContext, ReminderCards.confirmed(NudgeTimes.weekdayFor(nudge.countedFrom())));
        });
    }

    CompletableFuture<Void> stop(TurnContext turnContext) {
        boolean stopped = nudges.stop(userKey(turnContext.getActivity()));
        return send(turnContext, stopped ? ReminderCards.stopped() : ReminderCards.noneToStop());
    }

    /**
     * Keeps the person's nudges up with their move to {@code step} (none once they reach the last), and gives the
     * button their pathway card offers: "Stop reminders" with nudges, "Remind me weekly" in a personal chat
     * without, neither on the last step. Without the database, neither (the pathway itself carries on).
     */
    Optional<ObjectNode> movedTo(TurnContext turnContext, int step) {
        if (outage.suspected()) {
            return Optional.empty();
        }
        boolean finished = step >= pathway.length();
        boolean reminded;
        try {
            reminded = nudges.moved(userKey(turnContext.getActivity()), step, finished);
            outage.succeeded();
        } catch (DataAccessException e) {
            outage.failed(e);
            log.warn("Reminders could not be kept up with a pathway move: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (reminded) {
            return Optional.of(Cards.submit("Stop reminders", new CardAction.StopReminders()));
        }
        if (finished || !settings.enabled() || !Conversations.isPersonal(turnContext.getActivity())) {
            return Optional.empty();
        }
        return Optional.of(Cards.submit("Remind me weekly", new CardAction.RemindWeekly()));
    }

    private String userKey(Activity activity) {
        return pseudonyms.of(Conversations.userId(activity));
    }

    private static CompletableFuture<Void> send(TurnContext turnContext, Attachment card) {
        return turnContext.sendActivity(MessageFactory.attachment(card)).thenApply(sent -> null);
    }
}
