package uk.gov.devon.rpassistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.answer.Answer;

/**
 * A list written blind by a helper ({@code eval/small-talk-blind.tsv}): 300 chat messages of twelve kinds and 100
 * short, chatty questions. The even rows were used to write small-talk examples; the odd rows were not, and say
 * how well small talk by meaning carries over. No question on the list may be taken for small talk.
 */
class SmallTalkBlindListTest {

    private static final List<BlindListRow> ROWS = BlindListRow.read("small-talk-blind.tsv");

    @Test
    void chatNotUsedForTheExamplesIsMostlyAnsweredBriefly() {
        List<BlindListRow> unseen = ROWS.stream().filter(row -> !question(row) && row.unseen()).toList();
        long brief = unseen.stream().filter(row -> AnsweringStack.shared().answers().reply(row.message()).answer()
                instanceof Answer.SmallTalk talk && talk.text().length() <= 300).count();
        // Measured 126 of 146 (86.3%) with the chat screen, whose training data never saw this list; 110 (75.3%)
        // before it, and 99 (67.8%) before the examples, the threshold of 0.58 and the rules written from the even
        // rows.
        assertThat(unseen).hasSizeGreaterThanOrEqualTo(140);
        assertThat((double) brief / unseen.size()).isGreaterThanOrEqualTo(0.83);
    }

    @Test
    void noShortQuestionIsTakenForSmallTalk() {
        List<BlindListRow> questions = ROWS.stream().filter(SmallTalkBlindListTest::question).toList();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(100);
        assertThat(questions).noneMatch(row -> AnsweringStack.shared().answers().reply(row.message()).answer()
                instanceof Answer.SmallTalk);
    }

    private static boolean question(BlindListRow row) {
        return row.kind().equals("question");
    }
}
