package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionPartsTest {

    @Test
    void aQuestionInTwoPartsIsSplitWhereTheSecondStartsAsAQuestionOfItsOwn() {
        assertThat(QuestionParts.of("what's fair process and who do I ask about training?"))
                .containsExactly("what's fair process", "who do I ask about training?");
        assertThat(QuestionParts.of("what is OARS? how do I use reflections with dad"))
                .containsExactly("what is OARS", "how do I use reflections with dad");
    }

    @Test
    void aSecondPartMayBeARequestOrFollowAndAlso() {
        assertThat(QuestionParts.of("give me the leeds numbers and tell me if signs of safety has better evidence"))
                .containsExactly("give me the leeds numbers", "tell me if signs of safety has better evidence");
        assertThat(QuestionParts.of("Can you explain check-in rounds and also the 3 parts of fair process?"))
                .containsExactly("Can you explain check-in rounds", "the 3 parts of fair process?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what does FGC Plus do in Devon", "what is fair process and how",
            "support and challenge, what do they mean", "what is the social discipline window",
            "restorative questions for the one who did it and the ones affected"})
    void aSingleQuestionIsLeftWhole(String question) {
        assertThat(QuestionParts.of(question)).containsExactly(question);
    }

    @Test
    void aLaterPartLeansOnTheFirstWhenItPointsBackOrSaysTooLittleAlone() {
        assertThat(QuestionParts.leansOnTheFirst("is it voluntary")).isTrue();
        assertThat(QuestionParts.leansOnTheFirst("how do they define RP")).isTrue();
        assertThat(QuestionParts.leansOnTheFirst("and the evidence?")).isTrue();
        assertThat(QuestionParts.leansOnTheFirst("who do I ask about restorative practice training")).isFalse();
    }
}
