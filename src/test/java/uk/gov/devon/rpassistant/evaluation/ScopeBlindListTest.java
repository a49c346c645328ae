package uk.gov.devon.rpassistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.answer.Answer;

/**
 * A list written blind by a helper ({@code eval/scope-blind.tsv}): 400 questions outside what the assistant knows
 * (a hundred of them close to its wording) and 200 it answers. The even rows' outside questions were added to the
 * scope screen's training data ({@code answer/out-of-scope.tsv}), but for three about research evidence, which
 * taught it to decline "is the evidence for it any good"; the odd rows were not, and say how the screen carries
 * over.
 */
class ScopeBlindListTest {

    private static final List<BlindListRow> UNSEEN = BlindListRow.read("scope-blind.tsv").stream()
            .filter(BlindListRow::unseen).toList();

    @Test
    void questionsOutsideWhatItKnowsAreDeclined() {
        List<BlindListRow> outside = UNSEEN.stream().filter(ScopeBlindListTest::outside).toList();
        long declined = outside.stream().filter(row -> reply(row) instanceof Answer.NotKnown).count();
        // Measured 180 of 198 (90.9%); 177 (89.4%) before the even rows were added to the training data.
        assertThat(outside).hasSizeGreaterThanOrEqualTo(190);
        assertThat((double) declined / outside.size()).isGreaterThanOrEqualTo(0.89);
    }

    @Test
    void questionsItKnowsAreNotDeclined() {
        List<BlindListRow> inside = UNSEEN.stream().filter(row -> !outside(row)).toList();
        long answered = inside.stream().filter(row -> !(reply(row) instanceof Answer.NotKnown)).count();
        // Measured 97 of 102 (95.1%), the same before and after.
        assertThat(inside).hasSizeGreaterThanOrEqualTo(100);
        assertThat((double) answered / inside.size()).isGreaterThanOrEqualTo(0.90);
    }

    private static boolean outside(BlindListRow row) {
        return row.kind().equals("out");
    }

    private static Answer reply(BlindListRow row) {
        Answer answer = AnsweringStack.shared().answers().reply(row.message()).answer();
        return answer instanceof Answer.SafetyFirst safety && safety.answer().isPresent() ? safety.answer().get()
                : answer;
    }
}
