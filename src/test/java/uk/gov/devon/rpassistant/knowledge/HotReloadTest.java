package uk.gov.devon.rpassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.evaluation.AnsweringStack;

/**
 * Content without restarts: a document edited while questions are being asked is answered within seconds, with
 * no error meanwhile; a document broken by an edit keeps its last good version, and its problem is reported.
 */
class HotReloadTest {

    private static final String QUESTION = "what is fair process";
    private static final String NEW_SENTENCE = "Fair process was checked by the reload test today.";

    @TempDir
    Path folder;

    @Test
    void anEditedDocumentAnswersWithinSecondsWhileQuestionsKeepBeingAnswered() throws Exception {
        copyKnowledgeBase();
        try (AnsweringStack stack = AnsweringStack.open(folder, "knowledge-base.reload=true")) {
            AnsweringService answers = stack.answers();
            assertThat(text(answers.reply(QUESTION).answer())).doesNotContain(NEW_SENTENCE);
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            AtomicInteger asked = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread asker = new Thread(() -> {
                while (running.get()) {
                    try {
                        assertThat(answers.reply(QUESTION).answer()).isInstanceOf(Answer.Found.class);
                        answers.reply("how do I run a restorative circle");
                        asked.incrementAndGet();
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            });
            asker.start();
            Thread.sleep(200);

            Path document = folder.resolve("fair-process.md");
            String original = Files.readString(document, StandardCharsets.UTF_8);
            long edited = System.nanoTime();
            Files.writeString(document, original.replace("## Engagement\n", "## Engagement\n" + NEW_SENTENCE + " "),
                    StandardCharsets.UTF_8);
            long answeredAfter = waitUntilAnswerContains(answers, NEW_SENTENCE, edited);
            running.set(false);
            asker.join(10_000);

            assertThat(errors).isEmpty();
            assertThat(asked.get()).as("questions were being answered during the reload").isPositive();
            assertThat(answeredAfter).as("milliseconds from the edit to the new text answering").isLessThan(5_000);
            System.out.printf("Hot reload: the edited text answered %d ms after the file was saved (%d questions "
                    + "asked meanwhile, no errors)%n", answeredAfter, asked.get());
        }
    }

    @Test
    void aBrokenDocumentKeepsItsLastGoodVersionAndItsProblemIsReported() throws Exception {
        copyKnowledgeBase();
        try (AnsweringStack stack = AnsweringStack.open(folder, "knowledge-base.reload=true")) {
            KnowledgeReloader reloader = stack.context().getBean(KnowledgeReloader.class);
            long before = reloader.reloads();
            Files.writeString(folder.resolve("fair-process.md"), "---\nid: fair-process\ntitle: [unclosed\n",
                    StandardCharsets.UTF_8);

            long deadline = System.currentTimeMillis() + 10_000;
            while (reloader.reloads() == before && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }

            assertThat(reloader.reloads()).isGreaterThan(before);
            KnowledgeBase knowledgeBase = stack.knowledgeBase();
            assertThat(knowledgeBase.content().document("fair-process")).isPresent();
            assertThat(knowledgeBase.content().problems()).anySatisfy(problem -> {
                assertThat(problem.path().getFileName().toString()).isEqualTo("fair-process.md");
                assertThat(problem.message()).contains("last good version");
            });
            Answer answer = stack.answers().reply(QUESTION).answer();
            assertThat(answer).isInstanceOfSatisfying(Answer.Found.class,
                    found -> assertThat(found.sectionId()).startsWith("fair-process"));
        }
    }

    private static long waitUntilAnswerContains(AnsweringService answers, String text, long since)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (text(answers.answerSection("fair-process/engagement")).contains(text)
                    || text(answers.reply("what is engagement in fair process").answer()).contains(text)) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Thread.sleep(20);
        }
        return Long.MAX_VALUE;
    }

    private static String text(Answer answer) {
        return answer instanceof Answer.Found found ? found.passage() : answer.toString();
    }

    private void copyKnowledgeBase() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("knowledge-base"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }
}
