package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.answer.ConfidencePolicy.Band;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.SearchResult;
import uk.gov.devon.rpassistant.knowledge.Section;

/** The bands with fixed settings (the calibrated ones are measured on the situations set, not asserted here). */
class ConfidencePolicyTest {

    final ConfidencePolicy policy = new ConfidencePolicy(0.60, 0.07, 0.925, 0.65, 0.50, 0.80);

    @Test
    void aClearWinnerCloseInMeaningIsAnsweredAlone() {
        SearchResult result = result(candidate("a/x", 0.80, 0.62), candidate("b/y", 0.60, 0.50));
        assertThat(policy.band(result)).isEqualTo(Band.ANSWER);
        assertThat(policy.alternative(result)).isEmpty();
    }

    @Test
    void aCloseBestCandidateIsAnsweredInANearTieWithTheOtherDocumentOfferedBesideIt() {
        SearchResult result = result(candidate("a/x", 0.80, 0.70), candidate("b/y", 0.78, 0.69));
        assertThat(policy.band(result)).isEqualTo(Band.ANSWER);
        assertThat(policy.alternative(result)).map(candidate -> candidate.section().id()).contains("b/y");
    }

    @Test
    void whenTheCloseCandidatesArePartsOfOneDocumentTheBestPartIsAnswered() {
        SearchResult result = result(candidate("a/x", 0.80, 0.55), candidate("a/y", 0.79, 0.54),
                candidate("b/z", 0.40, 0.30));
        assertThat(policy.band(result)).isEqualTo(Band.ANSWER);
        assertThat(policy.alternative(result)).isEmpty();
    }

    @Test
    void aNearTieBetweenDocumentsThatAreOnlyFairlyCloseIsOfferedAsChoices() {
        assertThat(policy.band(result(candidate("a/x", 0.80, 0.55), candidate("b/y", 0.79, 0.54))))
                .isEqualTo(Band.CHOICES);
    }

    @Test
    void aQuestionThatIsOneContentOwnersListedIsAnsweredEvenInANearTie() {
        SearchResult result = result(candidate("a/x", 0.80, 0.95), candidate("b/y", 0.79, 0.70));
        assertThat(policy.band(result)).isEqualTo(Band.ANSWER);
        assertThat(policy.alternative(result)).isEmpty();
    }

    @Test
    void aQuestionTheScopeScreenPlacesOutsideWhatTheAssistantKnowsIsNotKnownUnlessItIsOneContentOwnersListed() {
        SearchResult close = result(candidate("a/x", 0.80, 0.70), candidate("b/y", 0.40, 0.40));
        assertThat(policy.band(close, 0.85)).isEqualTo(Band.NOT_KNOWN);
        assertThat(policy.band(close, 0.50)).isEqualTo(Band.ANSWER);
        assertThat(policy.band(result(candidate("a/x", 0.80, 0.95)), 0.99)).isEqualTo(Band.ANSWER);
    }

    @Test
    void nothingCloseInMeaningIsNotKnownHoweverFarAheadItScores() {
        assertThat(policy.band(result(candidate("a/x", 0.40, 0.20), candidate("b/y", 0.05, 0.10))))
                .isEqualTo(Band.NOT_KNOWN);
    }

    @Test
    void aQuestionOfOnlyStopWordsOrNoCandidatesIsNotKnown() {
        assertThat(policy.band(new SearchResult(Optional.empty(), 0, List.of(candidate("a/x", 0.9, 0.99)))))
                .isEqualTo(Band.NOT_KNOWN);
        assertThat(policy.band(SearchResult.empty())).isEqualTo(Band.NOT_KNOWN);
    }

    @Test
    void choicesAreAtMostThree() {
        SearchResult result = result(candidate("a/x", 0.8, 0.6), candidate("b/y", 0.79, 0.6),
                candidate("c/z", 0.78, 0.6), candidate("d/w", 0.77, 0.6));
        assertThat(policy.choices(result)).extracting(candidate -> candidate.section().id())
                .containsExactly("a/x", "b/y", "c/z");
    }

    @Test
    void aLongQuestionIsAnsweredFromALittleLowerSimilarity() {
        ConfidencePolicy easing = new ConfidencePolicy(0.60, 0.07, 0.925, 0.65, 0.50, 0.80, 0.05);
        List<Candidate> nearTie = List.of(candidate("a/x", 0.80, 0.61), candidate("b/y", 0.79, 0.55));
        SearchResult longQuestion = new SearchResult(Optional.empty(), ConfidencePolicy.LONG_QUESTION, nearTie);
        SearchResult shortQuestion = new SearchResult(Optional.empty(), ConfidencePolicy.LONG_QUESTION - 1, nearTie);
        assertThat(easing.band(longQuestion)).isEqualTo(Band.ANSWER);
        assertThat(easing.band(shortQuestion)).isEqualTo(Band.CHOICES);
        assertThat(policy.band(longQuestion)).as("no easing, no difference").isEqualTo(Band.CHOICES);
    }

    static SearchResult result(Candidate... candidates) {
        return new SearchResult(Optional.empty(), 3, List.of(candidates));
    }

    static Candidate candidate(String id, double score, double similarity) {
        String document = id.substring(0, id.indexOf('/'));
        return new Candidate(new Section(id, document, id, "text", List.of()), score, similarity);
    }
}
