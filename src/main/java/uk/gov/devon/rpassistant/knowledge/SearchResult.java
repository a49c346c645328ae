package uk.gov.devon.rpassistant.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * What a search found, best first.
 *
 * @param correctedQuestion the question with misspelt words corrected, when any were
 * @param meaningfulWords how many words of the question carry meaning (not "how do I", "what is")
 */
public record SearchResult(Optional<String> correctedQuestion, int meaningfulWords, List<Candidate> candidates) {

    public SearchResult {
        candidates = List.copyOf(candidates);
    }

    public static SearchResult empty() {
        return new SearchResult(Optional.empty(), 0, List.of());
    }

    public Optional<Candidate> best() {
        return candidates.stream().findFirst();
    }
}
