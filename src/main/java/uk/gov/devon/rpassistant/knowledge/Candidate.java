package uk.gov.devon.rpassistant.knowledge;

import java.util.Objects;

/**
 * A section that may answer a question, with the signals that say how likely it is.
 *
 * @param score the fused ranking score (higher is better; comparable only within one search)
 * @param similarity cosine similarity of the question to the section's text or to the nearest of the questions
 *     people ask for it, whichever is higher: -1 to 1 (0 when the search used no vectors)
 */
public record Candidate(Section section, double score, double similarity) {

    public Candidate {
        Objects.requireNonNull(section, "section");
    }
}
