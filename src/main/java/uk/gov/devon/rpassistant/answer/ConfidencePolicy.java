package uk.gov.devon.rpassistant.answer;

import java.util.List;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.SearchResult;

/**
 * Decides how sure the assistant is, from the best candidate's meaning similarity and how many of the
 * question's words it contains. The thresholds are calibrated on the labelled question set
 * ({@code src/test/resources/eval/labelled-questions.tsv}); see the evaluation command in the README.
 */
public record ConfidencePolicy(double answerSimilarity, double answerCoverage, double choicesSimilarity,
        double choicesCoverage) {

    public static final ConfidencePolicy CALIBRATED = new ConfidencePolicy(0.45, 0.5, 0.30, 0.5);

    public enum Band { ANSWER, CHOICES, NOT_KNOWN }

    public Band band(SearchResult result) {
        if (result.meaningfulWords() == 0 || result.candidates().isEmpty()) {
            return Band.NOT_KNOWN;
        }
        Candidate best = result.candidates().get(0);
        if (best.similarity() >= answerSimilarity && best.coverage() >= answerCoverage) {
            return Band.ANSWER;
        }
        if (best.similarity() >= choicesSimilarity || best.coverage() >= choicesCoverage) {
            return Band.CHOICES;
        }
        return Band.NOT_KNOWN;
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
