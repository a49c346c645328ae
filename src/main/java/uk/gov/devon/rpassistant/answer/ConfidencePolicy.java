package uk.gov.devon.rpassistant.answer;

import java.util.List;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.SearchResult;

/**
 * Decides how sure the assistant is, from the best candidate's similarity in meaning to the question (to the
 * section's text or to the nearest of the questions people ask for it) and how far its fused score is ahead of
 * the next candidate's. Calibrated on the labelled question set
 * ({@code src/test/resources/eval/labelled-questions.tsv}) so that at most 3% of questions are answered
 * confidently and wrongly and at least 90% of unanswerable ones get "I don't know"; see the README.
 *
 * @param answerSimilarity with {@code answerMargin}: a clear winner that is close enough in meaning is answered
 * @param answerMargin how far ahead of the second candidate the best must be
 * @param sameQuestion a similarity so high that the question is one content owners listed: answered
 * @param choicesSimilarity below this, nothing is close enough even to offer as a choice
 */
public record ConfidencePolicy(double answerSimilarity, double answerMargin, double sameQuestion,
        double choicesSimilarity) {

    public static final ConfidencePolicy CALIBRATED = new ConfidencePolicy(0.60, 0.07, 0.925, 0.50);

    public enum Band { ANSWER, CHOICES, NOT_KNOWN }

    public Band band(SearchResult result) {
        if (result.meaningfulWords() == 0 || result.candidates().isEmpty()) {
            return Band.NOT_KNOWN;
        }
        double similarity = result.candidates().get(0).similarity();
        if (similarity >= sameQuestion || (similarity >= answerSimilarity && margin(result) >= answerMargin)) {
            return Band.ANSWER;
        }
        return similarity >= choicesSimilarity ? Band.CHOICES : Band.NOT_KNOWN;
    }

    /** How far the best candidate's fused score is ahead of the second's (the whole score when alone). */
    public static double margin(SearchResult result) {
        List<Candidate> candidates = result.candidates();
        if (candidates.isEmpty()) {
            return 0;
        }
        return candidates.get(0).score() - (candidates.size() > 1 ? candidates.get(1).score() : 0);
    }

    /** The candidates worth offering as choices: up to three. */
    public List<Candidate> choices(SearchResult result) {
        return result.candidates().stream().limit(3).toList();
    }
}
