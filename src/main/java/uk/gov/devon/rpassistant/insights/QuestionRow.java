package uk.gov.devon.rpassistant.insights;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded question.
 *
 * @param userKey a pseudonym, never the Teams id
 * @param text the question with nothing personal in it, or empty when it was not kept
 */
public record QuestionRow(Instant askedAt, String userKey, String scope, Band band, Optional<String> sectionId,
        Optional<String> text) {
}
