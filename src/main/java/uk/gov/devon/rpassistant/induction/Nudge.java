package uk.gov.devon.rpassistant.induction;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's weekly nudge back to the new starters' pathway.
 *
 * @param userKey a pseudonym of the person
 * @param conversationKey a pseudonym of their personal chat with the bot (its stored reference carries the nudge)
 * @param step the pathway step they are on
 * @param optedInAt when they asked for reminders
 * @param lastNudgedAt when the last nudge was sent, if one has been
 */
public record Nudge(String userKey, String conversationKey, int step, Instant optedInAt,
        Optional<Instant> lastNudgedAt) {

    public Nudge {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(optedInAt, "optedInAt");
        Objects.requireNonNull(lastNudgedAt, "lastNudgedAt");
    }

    /** The moment the weekly gap counts from: the last nudge, or the opt-in before the first. */
    public Instant countedFrom() {
        return lastNudgedAt.orElse(optedInAt);
    }
}
