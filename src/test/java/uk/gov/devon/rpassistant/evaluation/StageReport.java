package uk.gov.devon.rpassistant.evaluation;

import java.util.Locale;
import uk.gov.devon.rpassistant.knowledge.SearchMode;

/**
 * The figures for one stage of retrieval on the labelled set.
 *
 * @param recallAt1 share of answerable questions whose right section ranks first
 * @param recallAt3 share whose right section is in the first three
 * @param mrr mean reciprocal rank of the right section (0 when not in the first 20)
 * @param answeredRight share of answerable questions answered confidently with the right section
 * @param declined share of unanswerable questions not answered confidently ("I don't know" or choices)
 * @param saidNotKnown share of unanswerable questions answered "I don't know"
 * @param confidentlyWrong share of all questions answered confidently with a wrong section
 */
public record StageReport(SearchMode mode, int answerable, int unanswerable, double recallAt1, double recallAt3,
        double mrr, double answeredRight, double declined, double saidNotKnown, double confidentlyWrong) {

    static String header() {
        return String.format(Locale.ROOT, "%-24s %6s %6s %6s %8s %8s %9s %9s", "stage", "R@1", "R@3", "MRR",
                "answered", "declined", "not-known", "conf-wrong");
    }

    String row() {
        return String.format(Locale.ROOT, "%-24s %6.3f %6.3f %6.3f %8.3f %8.3f %9.3f %9.3f", mode, recallAt1,
                recallAt3, mrr, answeredRight, declined, saidNotKnown, confidentlyWrong);
    }
}
