package uk.gov.devon.rpassistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.answer.Answer;

/**
 * Words quoted from the knowledge base find the one document that has them, even when the rest of the question is
 * too short or too far from its meaning for the search to be sure.
 */
class QuotedWordsThroughTheAnsweringPathTest {

    @Test
    void aHalfRememberedQuoteIsAnsweredFromTheDocumentThatHasIt() {
        Answer answer = AnsweringStack.shared().answers().reply("'if you want conflict, do neither' - who said that")
                .answer();
        assertThat(answer).isInstanceOfSatisfying(Answer.Found.class, found -> {
            assertThat(found.sectionId()).startsWith("mark-finnis-and-simon-flowers");
            assertThat(found.passage()).contains("Finnis");
        });
    }
}
