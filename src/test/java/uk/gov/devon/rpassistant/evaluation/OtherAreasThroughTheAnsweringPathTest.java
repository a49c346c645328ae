package uk.gov.devon.rpassistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.devon.rpassistant.answer.Answer;

/**
 * Questions about another area's children's services: the knowledge base is Devon's, so they are declined with a
 * route, never answered from Devon's pages as if they were about that area.
 */
class OtherAreasThroughTheAnsweringPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"does Dorset do restorative practice as well?", "how does Plymouth run its family group conferences",
            "is Torbay's MI training any good"})
    void anotherAreasPracticeIsDeclinedWithARoute(String question) {
        Answer answer = AnsweringStack.shared().answers().reply(question).answer();
        assertThat(answer).isInstanceOfSatisfying(Answer.NotKnown.class,
                notKnown -> assertThat(notKnown.contact()).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"how did Leeds use restorative practice", "how do I use fair process with my team",
            "a YP placed with us from Cornwall keeps kicking off, how do I use affective statements with him",
            "my foster child is from Plymouth. what are the restorative questions?"})
    void aPlaceMentionedButNotAskedAboutIsNotDeclined(String question) {
        assertThat(AnsweringStack.shared().answers().reply(question).answer()).isNotInstanceOf(Answer.NotKnown.class);
    }
}
