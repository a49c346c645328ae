package uk.gov.devon.rpassistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.answer.Answer;

/** "Did you mean" shows the person's own words corrected, never what the bot added to them for the search. */
class DidYouMeanThroughTheAnsweringPathTest {

    @Test
    void wordsAddedForTheSearchAreNotShownBack() {
        Answer answer = AnsweringStack.shared().answers().reply("diference between TO and WITH when doing CP work")
                .answer();
        assertThat(answer).isInstanceOfSatisfying(Answer.Found.class, found -> assertThat(found.didYouMean())
                .hasValueSatisfying(shown -> assertThat(shown).contains("difference").doesNotContain("punitive")
                        .doesNotContain("social discipline window")));
    }
}
