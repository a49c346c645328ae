package uk.gov.devon.rpassistant.insights;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One press of "Helpful" or "Not helpful" on an answer.
 *
 * @param user a pseudonym, never the Teams id
 * @param reason what was missing, in the person's words; the log keeps it only as {@link StorableText} allows
 */
public record Feedback(String sectionId, boolean helpful, Optional<String> reason, String user, Instant at) {

    public Feedback {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
    }
}
