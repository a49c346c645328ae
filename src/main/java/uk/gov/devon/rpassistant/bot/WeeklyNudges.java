package uk.gov.devon.rpassistant.bot;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.induction.InductionPathway;
import uk.gov.devon.rpassistant.induction.InductionStep;
import uk.gov.devon.rpassistant.induction.Nudge;
import uk.gov.devon.rpassistant.induction.NudgeTimes;
import uk.gov.devon.rpassistant.induction.Nudges;
import uk.gov.devon.rpassistant.induction.NudgesProperties;

/**
 * Sends the weekly nudges back to the pathway, proactively, to the personal chat of each person who asked for
 * them, on a weekday morning ({@link NudgeTimes}). Checks every {@code nudges.check-interval}. Each nudge is
 * claimed in the database before it is sent, so two instances never both send it; one that cannot be sent is
 * given back and tried again at the next check.
 */
@Component
class WeeklyNudges {

    private static final Logger log = LoggerFactory.getLogger(WeeklyNudges.class);

    private final Nudges nudges;
    private final NudgeTimes times;
    private final InductionPathway pathway;
    private final ProactiveMessages messages;
    private final NudgesProperties settings;
    private final Clock clock;

    WeeklyNudges(Nudges nudges, NudgeTimes times, InductionPathway pathway, ProactiveMessages messages,
            NudgesProperties settings, Clock clock) {
        this.nudges = nudges;
        this.times = times;
        this.pathway = pathway;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${nudges.check-interval:15m}", fixedDelayString = "${nudges.check-interval:15m}")
    void scheduled() {
        if (!settings.enabled()) {
            return;
        }
        try {
            int sent = sendDue(clock.instant());
            if (sent > 0) {
                log.info("Weekly nudges: sent {}", sent);
            }
        } catch (DataAccessException e) {
            log.warn("The weekly nudges did not run: {}", e.getClass().getSimpleName());
        }
    }

    /** Sends every nudge due at {@code now} (none outside a weekday morning); returns how many were sent. */
    int sendDue(Instant now) {
        if (!times.isMorningToSend(now)) {
            return 0;
        }
        int sent = 0;
        for (Nudge nudge : nudges.due(now)) {
            if (nudges.claim(nudge, now) && send(nudge, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Nudge nudge, Instant claimedAt) {
        Optional<InductionStep> step = pathway.step(nudge.step());
        if (step.isEmpty()) {
            // The pathway has become shorter than where they were: they have read all of it.
            nudges.stop(nudge.userKey());
            return false;
        }
        Optional<String> sent = messages.conversation(nudge.conversationKey())
                .flatMap(reference -> messages.send(reference, ReminderCards.nudge(step.get())).join());
        if (sent.isEmpty()) {
            log.warn("A weekly nudge was not sent (see above, or no stored conversation); it is tried again at the "
                    + "next check");
            nudges.release(nudge, claimedAt);
            return false;
        }
        return true;
    }
}
