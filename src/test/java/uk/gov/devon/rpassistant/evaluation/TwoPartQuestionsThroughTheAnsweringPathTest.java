package uk.gov.devon.rpassistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.answer.Answer;

/** Two-part questions through the bot's own answering path, judged on what the reply says. */
class TwoPartQuestionsThroughTheAnsweringPathTest {

    @Test
    void aSecondPartThatPointsBackIsAnsweredAboutTheFirstPartsSubject() {
        Answer answer = AnsweringStack.shared().answers().reply("signs of safety, and is the evidence for it any "
                + "good").answer();
        // "is the evidence for it any good" alone finds nothing sure; beside "Signs of Safety" it finds the evidence.
        assertThat(answer).isInstanceOfSatisfying(Answer.Several.class, several -> {
            String said = several.parts().toString();
            assertThat(said).contains("What the evidence says").contains("low strength");
        });
    }

    @Test
    void aSecondPartWithASubjectOfItsOwnKeepsIt() {
        Answer answer = AnsweringStack.shared().answers().reply("what's fair process and how is that different "
                + "from motivational interviewing").answer();
        assertThat(answer.toString()).contains("Motivational Interviewing");
    }
}
