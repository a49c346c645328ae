package uk.gov.devon.rpassistant.knowledge;

/**
 * How much each ranking counts in the fused score: BM25 (normalised by the best hit), the cosine similarity of
 * the question to the section's text, and to the nearest of the questions people ask for the section.
 * {@code lead} multiplies the score of a document's lead section: below 1, a specific section wins a near tie
 * with the overview above it.
 */
public record FusionWeights(double keywords, double section, double questions, double lead) {

    public static final FusionWeights DEFAULT = new FusionWeights(0.4, 0.1, 0.5, 1.0);

    public FusionWeights {
        if (keywords < 0 || section < 0 || questions < 0 || lead <= 0) {
            throw new IllegalArgumentException("weights are not negative");
        }
    }
}
