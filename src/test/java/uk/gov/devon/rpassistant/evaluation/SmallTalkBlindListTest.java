package uk.gov.devon.rpassistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.answer.Answer;

/**
 * A list written blind by a helper ({@code eval/small-talk-blind.tsv}): 300 chat messages of twelve kinds and 100
 * short, chatty questions. The even rows were used to write small-talk examples; the odd rows were not, and say
 * how well small talk by meaning carries over. No question on the list may be taken for small talk.
 */
class SmallTalkBlindListTest {

    private record Row(int number, String kind, String message) {
        boolean question() {
            return kind.equals("question");
        }
    }

    private static List<Row> rows;

    @BeforeAll
    static void read() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval/small-talk-blind.tsv"),
                StandardCharsets.UTF_8);
        rows = java.util.stream.IntStream.range(1, lines.size()).filter(i -> !lines.get(i).isBlank())
                .mapToObj(i -> {
                    String[] columns = lines.get(i).split("\t", 2);
                    return new Row(i - 1, columns[0], columns[1]);
                }).toList();
    }

    @Test
    void chatNotUsedForTheExamplesIsMostlyAnsweredBriefly() {
        List<Row> unseen = rows.stream().filter(row -> !row.question() && row.number() % 2 == 1).toList();
        long brief = unseen.stream().filter(row -> AnsweringStack.shared().answers().reply(row.message()).answer()
                instanceof Answer.SmallTalk talk && talk.text().length() <= 300).count();
        // Measured 110 of 146 (75.3%); it was 99 (67.8%) before the examples, the threshold of 0.58 and the rules
        // written from the even rows.
        assertThat(unseen).hasSizeGreaterThanOrEqualTo(140);
        assertThat((double) brief / unseen.size()).isGreaterThanOrEqualTo(0.72);
    }

    @Test
    void noShortQuestionIsTakenForSmallTalk() {
        List<Row> questions = rows.stream().filter(Row::question).toList();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(100);
        assertThat(questions).noneMatch(row -> AnsweringStack.shared().answers().reply(row.message()).answer()
                instanceof Answer.SmallTalk);
    }
}
