package uk.gov.devon.rpassistant.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeProperties;

/**
 * {@code ./mvnw -q test-compile exec:exec@bench}: times the whole answering path without HTTP (safety screen, case
 * details, hybrid search, confidence, passage) in a 512 MB heap: start-up to the first answer (model, index,
 * safety examples; the embedding cache is left as it is, so run it twice to see a warm restart), then p50, p95
 * and p99 over the labelled questions after a warm-up.
 */
final class BenchCommand {

    private static final int WARM_UP = 1_000;
    private static final int MEASURED = 3_000;

    private BenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "knowledge-base");
        Path questionsFile = Path.of(args.length > 1 ? args[1] : "src/test/resources/eval/labelled-questions.tsv");
        Path cache = new KnowledgeProperties(folder, null, null).embeddingCache();
        long start = System.nanoTime();
        AnsweringStack stack = AnsweringStack.open(folder);
        KnowledgeBase knowledgeBase = stack.knowledgeBase();
        AnsweringService answers = stack.answers();
        answers.reply("what is restorative practice?");
        double startup = (System.nanoTime() - start) / 1e9;

        List<String> questions = LabelledQuestion.read(questionsFile).stream().map(LabelledQuestion::question).toList();
        for (int i = 0; i < WARM_UP; i++) {
            answers.reply(questions.get(i % questions.size()));
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long before = System.nanoTime();
            answers.reply(questions.get(i % questions.size()));
            nanos[i] = System.nanoTime() - before;
        }
        Arrays.sort(nanos);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "cores %d, max heap %d MB, heap used after GC %d MB, cache %s%n",
                runtime.availableProcessors(), runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, Files.exists(cache) ? "present" : "absent");
        System.out.printf(Locale.ROOT, "start-up to first answer: %.2f s (%d sections)%n", startup,
                knowledgeBase.sectionCount());
        System.out.printf(Locale.ROOT, "answering path over %d questions: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                + "max %.2f ms%n", MEASURED, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
        stack.close();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
