package uk.gov.devon.rpassistant.knowledge;

import java.util.Objects;

/**
 * A section that may answer a question, with the signals that say how likely it is.
 *
 * @param score the fused ranking score (higher is better; comparable only within one search)
 * @param coverage the share of the question's meaningful words found in the section, 0 to 1
 * @param similarity cosine similarity of the question and the section's meaning, -1 to 1 (0 without vectors)
 */
public record Candidate(Section section, double score, double coverage, double similarity) {

    public Candidate {
        Objects.requireNonNull(section, "section");
    }
}
