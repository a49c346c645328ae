package uk.gov.devon.rpassistant.answer;

import java.util.List;
import java.util.Optional;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.SearchResult;

/**
 * Decides how sure the assistant is, from the best candidate's similarity in meaning to the question (to the
 * section's text or to the nearest of the questions people ask for it) and how far its fused score is ahead of
 * the next candidate's. Calibrated on the development half of the situations set
 * ({@code src/test/resources/eval/situations-dev.tsv}) so that at most 3% of replies present a wrong fact.
 *
 * @param answerSimilarity with {@code answerMargin}: a clear winner that is close enough in meaning is answered
 * @param answerMargin how far ahead of the second candidate the best must be to stand alone
 * @param sameQuestion a similarity so high that the question is one content owners listed: answered
 * @param closeSimilarity a best candidate this close is answered even without a clear lead; a close candidate
 *     from another document is offered under it as "or did you mean"
 * @param choicesSimilarity below this, nothing is close enough even to offer as a choice
 * @param outOfScope the scope screen's probability that a question is outside what the assistant knows, from
 *     which it says so (unless the question is one content owners listed)
 * @param longQuestionEasing how much lower {@code closeSimilarity} is for a long question ({@link #LONG_QUESTION}
 *     meaningful words or more): a long message's meaning is an average, further from any one section's
 */
public record ConfidencePolicy(double answerSimilarity, double answerMargin, double sameQuestion,
        double closeSimilarity, double choicesSimilarity, double outOfScope, double longQuestionEasing) {

    /** From this many meaningful words a question is long. */
    public static final int LONG_QUESTION = 8;

    /**
     * For all-MiniLM-L6-v2 (the model in use): calibrated on the development halves. The easing for long questions
     * (0.05) was chosen on the sixth set's development half, which nothing else was fitted to: right 85.7% to
     * 87.6%, wrong unchanged at 4.9%; on the other five development halves right rose 0.6 to 2.8 points, and wrong
     * stayed the same except on the fifth set's (6.2% to 7.3%).
     */
    public static final ConfidencePolicy CALIBRATED = new ConfidencePolicy(0.40, 0.10, 0.925, 0.55, 0.50, 0.60, 0.05);

    /** A policy without the easing for long questions (the comparison models' calibration predates it). */
    public ConfidencePolicy(double answerSimilarity, double answerMargin, double sameQuestion, double closeSimilarity,
            double choicesSimilarity, double outOfScope) {
        this(answerSimilarity, answerMargin, sameQuestion, closeSimilarity, choicesSimilarity, outOfScope, 0);
    }

    /** For bge-small-en-v1.5 with its query instruction, whose similarities run higher: kept for comparison. */
    static final ConfidencePolicy CALIBRATED_BGE = new ConfidencePolicy(0.70, 0.07, 0.95, 0.70, 0.65, 0.80);

    /**
     * For e5-small-v2 with its query and passage prefixes (and its own fusion weights), whose similarities run
     * higher still: calibrated on the situations set's development half, kept for comparison.
     */
    static final ConfidencePolicy CALIBRATED_E5 = new ConfidencePolicy(0.84, 0.05, 0.96, 0.865, 0.82, 0.60);

    /** The calibrated policy for a model (by {@code TextEmbedder.queryModelId()}). */
    public static ConfidencePolicy calibratedFor(String queryModelId) {
        return queryModelId.startsWith("bge-small") ? CALIBRATED_BGE
                : queryModelId.startsWith("e5-small") ? CALIBRATED_E5 : CALIBRATED;
    }

    public enum Band { ANSWER, CHOICES, NOT_KNOWN }

    public Band band(SearchResult result) {
        return band(result, 0);
    }

    /** The band, with the scope screen's probability that the question is outside what the assistant knows. */
    public Band band(SearchResult result, double outOfScopeProbability) {
        if (result.meaningfulWords() == 0 || result.candidates().isEmpty()) {
            return Band.NOT_KNOWN;
        }
        double similarity = result.candidates().get(0).similarity();
        if (outOfScopeProbability >= outOfScope && similarity < sameQuestion) {
            return Band.NOT_KNOWN;
        }
        double close = closeSimilarity - (result.meaningfulWords() >= LONG_QUESTION ? longQuestionEasing : 0);
        if (similarity >= sameQuestion || (similarity >= answerSimilarity && margin(result) >= answerMargin)
                || similarity >= close || (similarity >= choicesSimilarity && oneDocument(result))) {
            return Band.ANSWER;
        }
        return similarity >= choicesSimilarity ? Band.CHOICES : Band.NOT_KNOWN;
    }

    /** For an answer without a clear lead: the best candidate from another document, offered beside it. */
    public Optional<Candidate> alternative(SearchResult result) {
        if (result.candidates().size() < 2 || margin(result) >= answerMargin
                || result.candidates().get(0).similarity() >= sameQuestion) {
            return Optional.empty();
        }
        String document = result.candidates().get(0).section().documentId();
        return result.candidates().stream().limit(3).skip(1)
                .filter(candidate -> !candidate.section().documentId().equals(document))
                .filter(candidate -> candidate.similarity() >= choicesSimilarity)
                .findFirst();
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

    /** The close candidates are all parts of one document: answer with the best part, the rest under it. */
    private boolean oneDocument(SearchResult result) {
        String document = result.candidates().get(0).section().documentId();
        return choices(result).stream().filter(candidate -> candidate.similarity() >= choicesSimilarity)
                .allMatch(candidate -> candidate.section().documentId().equals(document));
    }
}
