package uk.gov.devon.rpassistant.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the insights page shows, for a period: everything a content owner needs to improve the knowledge base.
 *
 * @param textless unanswered or low-confidence questions whose text was not kept (see {@link StorableText})
 */
public record Insights(
        Instant from, Instant to, int questions, Map<Band, Long> byBand,
        List<UnansweredGroup> unanswered, int textless,
        List<DocumentFeedback> notHelpful,
        List<Week> weeks,
        List<Count> documents, List<Count> topics,
        List<ReviewDue> pastReview, List<Problem> problems,
        Optional<String> lastReload, long notRecorded) {

    /** Questions close in meaning that the bot could not answer, or answered only with choices. */
    public record UnansweredGroup(int count, List<String> examples, Optional<String> nearestDocument,
            Optional<String> nearestTitle, String questionsLine) {
    }

    /** "Not helpful" presses on one document, with the reasons people gave. */
    public record DocumentFeedback(String documentId, String title, int notHelpful, int helpful, List<String> reasons) {
    }

    /** One week's questions (from Monday, Devon time) by band. */
    public record Week(LocalDate start, Map<Band, Long> byBand) {

        public long total() {
            return byBand.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** How often something (a document or a topic) answered. */
    public record Count(String id, String name, long count) {
    }

    /** A document past its review date. */
    public record ReviewDue(String documentId, String title, String owner, LocalDate reviewBy) {
    }

    /** A knowledge-base problem, by file and line. */
    public record Problem(String file, int line, String message) {
    }
}
