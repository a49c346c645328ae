package uk.gov.devon.rpassistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
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

    private record Row(int number, boolean outside, String message) {
    }

    private static List<Row> unseen;

    @BeforeAll
    static void read() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval/scope-blind.tsv"),
                StandardCharsets.UTF_8);
        unseen = IntStream.range(1, lines.size()).filter(i -> !lines.get(i).isBlank()).mapToObj(i -> {
            String[] columns = lines.get(i).split("\t", 2);
            return new Row(i - 1, columns[0].equals("out"), columns[1]);
        }).filter(row -> row.number() % 2 == 1).toList();
    }

    @Test
    void questionsOutsideWhatItKnowsAreDeclined() {
        List<Row> outside = unseen.stream().filter(Row::outside).toList();
        long declined = outside.stream().filter(row -> reply(row) instanceof Answer.NotKnown).count();
        // Measured 180 of 198 (90.9%); 177 (89.4%) before the even rows were added to the training data.
        assertThat(outside).hasSizeGreaterThanOrEqualTo(190);
        assertThat((double) declined / outside.size()).isGreaterThanOrEqualTo(0.89);
    }

    @Test
    void questionsItKnowsAreNotDeclined() {
        List<Row> inside = unseen.stream().filter(row -> !row.outside()).toList();
        long answered = inside.stream().filter(row -> !(reply(row) instanceof Answer.NotKnown)).count();
        // Measured 97 of 102 (95.1%), the same before and after.
        assertThat(inside).hasSizeGreaterThanOrEqualTo(100);
        assertThat((double) answered / inside.size()).isGreaterThanOrEqualTo(0.90);
    }

    private static Answer reply(Row row) {
        Answer answer = AnsweringStack.shared().answers().reply(row.message()).answer();
        return answer instanceof Answer.SafetyFirst safety && safety.answer().isPresent() ? safety.answer().get()
                : answer;
    }
}
