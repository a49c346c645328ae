package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhoseQuestionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"restorative questions for the victim?", "RQs for the person who was harmed",
            "which restorative qs do i ask the kid who got hurt",
            "rj questions for the shopkeeper, she is really affected by it"})
    void askingForTheHarmedSidesQuestionsAddsThatSet(String question) {
        assertThat(WhoseQuestions.added(question)).hasValue(WhoseQuestions.AFFECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"restorative questions for the lad who caused it", "RQs for the wrongdoer",
            "restorative questions for the one who did it"})
    void askingForTheHarmersQuestionsAddsThatSet(String question) {
        assertThat(WhoseQuestions.added(question)).hasValue(WhoseQuestions.CAUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"restorative questions for the victim and for the one who caused the harm",
            "what's the restorative question about who's been affected", "what are the restorative questions",
            "questions for the victim's family about the court date", "how was the victim affected in RP terms"})
    void bothSidesNeitherSideOrNoRestorativeQuestionsAreLeftAlone(String question) {
        assertThat(WhoseQuestions.added(question)).isEmpty();
    }
}
