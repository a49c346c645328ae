package uk.gov.devon.rpassistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.answer.Answer;

/**
 * What a parent said, quoted and asked about in MI's terms, is answered from change talk, not from the subject of
 * the quote (a course, work, a drug service).
 */
class SaidInMiTermsThroughTheAnsweringPathTest {

    @Test
    void aQuotedHalfPromiseIsAnsweredFromChangeTalk() {
        Answer answer = AnsweringStack.shared().answers()
                .reply("mum keeps saying 'i know i should go on the freedom programme but work is mad' - "
                        + "what's that in MI terms")
                .answer();
        assertThat(answer).isInstanceOfSatisfying(Answer.Found.class, found -> {
            assertThat(found.sectionId()).contains("change-talk");
            assertThat(found.passage()).containsAnyOf("sustain talk", "change talk", "DARN-CAT");
        });
    }
}
