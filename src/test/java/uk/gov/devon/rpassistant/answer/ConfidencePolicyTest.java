package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.answer.ConfidencePolicy.Band;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.SearchResult;
import uk.gov.devon.rpassistant.knowledge.Section;

class ConfidencePolicyTest {

    final ConfidencePolicy policy = ConfidencePolicy.CALIBRATED;

    @Test
    void aClearWinnerCloseInMeaningIsAnswered() {
        assertThat(policy.band(result(candidate("a", 0.80, 0.70), candidate("b", 0.60, 0.50)))).isEqualTo(Band.ANSWER);
    }

    @Test
    void aNearTieIsOfferedAsChoicesNotAnswered() {
        assertThat(policy.band(result(candidate("a", 0.80, 0.70), candidate("b", 0.78, 0.69)))).isEqualTo(Band.CHOICES);
    }

    @Test
    void aQuestionThatIsOneContentOwnersListedIsAnsweredEvenInANearTie() {
        assertThat(policy.band(result(candidate("a", 0.80, 0.95), candidate("b", 0.79, 0.70)))).isEqualTo(Band.ANSWER);
    }

    @Test
    void nothingCloseInMeaningIsNotKnownHoweverFarAheadItScores() {
        assertThat(policy.band(result(candidate("a", 0.40, 0.20), candidate("b", 0.05, 0.10)))).isEqualTo(Band.NOT_KNOWN);
    }

    @Test
    void aQuestionOfOnlyStopWordsOrNoCandidatesIsNotKnown() {
        assertThat(policy.band(new SearchResult(Optional.empty(), 0, List.of(candidate("a", 0.9, 0.99)))))
                .isEqualTo(Band.NOT_KNOWN);
        assertThat(policy.band(SearchResult.empty())).isEqualTo(Band.NOT_KNOWN);
    }

    @Test
    void choicesAreAtMostThree() {
        SearchResult result = result(candidate("a", 0.8, 0.6), candidate("b", 0.79, 0.6), candidate("c", 0.78, 0.6),
                candidate("d", 0.77, 0.6));
        assertThat(policy.choices(result)).extracting(candidate -> candidate.section().id()).containsExactly("a", "b",
                "c");
    }

    static SearchResult result(Candidate... candidates) {
        return new SearchResult(Optional.empty(), 3, List.of(candidates));
    }

    static Candidate candidate(String id, double score, double similarity) {
        return new Candidate(new Section(id, id, id, "text", List.of()), score, similarity);
    }
}
