package uk.gov.devon.rpassistant.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.gov.devon.rpassistant.knowledge.SearchMode;
import uk.gov.devon.rpassistant.safety.RiskScreen;

/**
 * {@code ./mvnw -q compile exec:java@evaluate}: prints Recall@1, Recall@3, MRR, the share of unanswerable
 * questions declined and the share answered confidently and wrongly, for each stage of retrieval. With a third
 * argument, writes one line per question (expected, answer kind, best section and its signals) to that file.
 */
public final class EvaluateCommand {

    static final String HOLDOUT = "holdout-questions.tsv";

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "knowledge-base");
        Path questionsFile = Path.of(args.length > 1 ? args[1] : "src/test/resources/eval/labelled-questions.tsv");
        Path detailsFile = args.length > 2 ? Path.of(args[2]) : null;
        try (AnsweringStack stack = AnsweringStack.open(folder)) {
            Evaluation evaluation = new Evaluation(stack.knowledgeBase(), stack.answers());
            System.out.println("Labelled set (used to tune the weights and thresholds):");
            printStages(evaluation, LabelledQuestion.read(questionsFile), detailsFile);
            Path holdout = questionsFile.resolveSibling(HOLDOUT);
            if (Files.exists(holdout)) {
                System.out.println();
                System.out.println("Held-out set (written from the documents' text alone, never used for tuning):");
                printStages(evaluation, LabelledQuestion.read(holdout), detailsFile == null ? null
                        : detailsFile.resolveSibling("holdout-" + detailsFile.getFileName()));
            }
            printSafety(questionsFile.getParent(), stack.riskScreen());
        }
    }

    private static void printStages(Evaluation evaluation, List<LabelledQuestion> questions, Path detailsFile)
            throws IOException {
        long answerable = questions.stream().filter(LabelledQuestion::answerable).count();
        System.out.printf("%d questions: %d answerable, %d not%n", questions.size(), answerable,
                questions.size() - answerable);
        System.out.println(StageReport.header());
        try (PrintWriter details = detailsFile == null ? null
                : new PrintWriter(Files.newBufferedWriter(detailsFile, StandardCharsets.UTF_8))) {
            for (SearchMode mode : SearchMode.values()) {
                StageReport report = evaluation.run(questions, mode, line -> {
                    if (details != null) {
                        details.println(mode + "\t" + line);
                    }
                });
                System.out.println(report.row());
            }
        }
    }

    private static void printSafety(Path folder, RiskScreen screen) {
        System.out.println();
        System.out.println("Safety screen (emergency routes first):");
        for (String name : List.of("safety-messages.tsv", "safety-holdout.tsv")) {
            Path file = folder.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            List<SafetyEvaluation.Message> messages = SafetyEvaluation.read(file);
            SafetyEvaluation.Result both = SafetyEvaluation.run(messages, screen::describesRisk);
            System.out.println(both.row(name));
            both.missed().forEach(text -> System.out.println("    missed: " + text));
            both.falseAlarms().forEach(text -> System.out.println("    false alarm: " + text));
        }
    }

}
