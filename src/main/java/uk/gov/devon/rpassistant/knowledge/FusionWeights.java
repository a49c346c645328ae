package uk.gov.devon.rpassistant.knowledge;

/**
 * How much each ranking counts in the fused score: BM25 (normalised by the best hit), the cosine similarity of
 * the question to the section's text, and to the nearest of the questions people ask for the section.
 */
public record FusionWeights(double keywords, double section, double questions) {

    /** Chosen by a grid search on the labelled question set (Recall@1). */
    public static final FusionWeights DEFAULT = new FusionWeights(0.4, 0.1, 0.5);

    /**
     * For e5-small-v2, whose similarities crowd between about 0.75 and 0.95, so that at the default weights BM25
     * decides most rankings: chosen on the situations set's development half ({@code tune-bands -Dgrid.weights}).
     */
    static final FusionWeights E5 = new FusionWeights(0.15, 0.15, 0.7);

    /** The weights for a model (by {@code TextEmbedder.modelId()}). */
    public static FusionWeights forModel(String modelId) {
        return modelId.startsWith("e5-small") ? E5 : DEFAULT;
    }

    public FusionWeights {
        if (keywords < 0 || section < 0 || questions < 0) {
            throw new IllegalArgumentException("weights are not negative");
        }
    }
}
