package uk.gov.devon.rpassistant.knowledge;

/**
 * How much each ranking counts in the fused score: BM25 (normalised by the best hit), the cosine similarity of
 * the question to the section's text, and to the nearest of the questions people ask for the section.
 */
public record FusionWeights(double keywords, double section, double questions) {

    /** Chosen by a grid search on the labelled question set (Recall@1). */
    public static final FusionWeights DEFAULT = new FusionWeights(0.4, 0.1, 0.5);

    public FusionWeights {
        if (keywords < 0 || section < 0 || questions < 0) {
            throw new IllegalArgumentException("weights are not negative");
        }
    }
}
