package uk.gov.devon.rpassistant.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.knowledge.SearchMode;
import uk.gov.devon.rpassistant.safety.RiskLevel;

/**
 * {@code ./mvnw -q test-compile exec:java@evaluate}: every yardstick through the bot's own wiring. The situations
 * set and the blind safety set are judged on their development half; {@code -Deval.half=test} runs the test half
 * (for the final figures: never tune on it); {@code -Deval.quick=true} leaves out the section-id sets. Per-question
 * detail goes to {@code target/evaluation/}.
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "knowledge-base");
        Path sets = Path.of(args.length > 1 ? args[1] : "src/test/resources/eval");
        Path details = Path.of(args.length > 2 ? args[2] : "target/evaluation");
        String half = System.getProperty("eval.half", "dev");
        Files.createDirectories(details);
        try (AnsweringStack stack = AnsweringStack.open(folder)) {
            System.out.println("Model: " + stack.embedder().queryModelId());
            situations(stack.answers(), sets.resolve("situations-" + half + ".tsv"), details);
            safety(stack.answers(), sets, half);
            if (Boolean.getBoolean("eval.quick")) {
                return;
            }
            Evaluation evaluation = new Evaluation(stack.knowledgeBase(), stack.answers());
            for (String name : List.of("labelled-questions.tsv", "holdout-questions.tsv")) {
                System.out.println();
                System.out.println(name + " (section ids; the labelled set tuned the fusion weights):");
                stages(evaluation, LabelledQuestion.read(sets.resolve(name)), details.resolve("stages-" + name));
            }
        }
    }

    private static void situations(AnsweringService answers, Path file, Path details) throws IOException {
        if (!Files.exists(file)) {
            System.out.println("No " + file);
            return;
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(details.resolve(file.getFileName()),
                StandardCharsets.UTF_8))) {
            SituationsEvaluation.Report report = new SituationsEvaluation(answers).run(Situation.read(file),
                    judged -> out.println(String.join("\t", judged.situation().id(),
                            judged.situation().kind().name(), judged.verdict().name(), judged.answerKind(),
                            judged.situation().question(), String.join(" / ", judged.lines()).replace('\n', ' '))));
            System.out.print(report.table("Situations set, " + file.getFileName() + " (judged on the reply's text):"));
        }
    }

    private static void safety(AnsweringService answers, Path sets, String half) {
        System.out.println();
        System.out.println("Safety (through the answering path):");
        for (String name : List.of("safety-blind-" + half + ".tsv", "safety-holdout.tsv")) {
            Path file = sets.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            SafetyEvaluation.Result result = SafetyEvaluation.run(SafetyEvaluation.read(file),
                    message -> level(answers.reply(message).answer()));
            System.out.println(result.row(name));
            result.missed().forEach(text -> System.out.println("    missed: " + text));
            result.falseAlarms().forEach(text -> System.out.println("    false alarm: " + text));
        }
    }

    /** The level the reply shows: the routes alone, the routes above the answer, or no routes. */
    static RiskLevel level(Answer answer) {
        if (answer instanceof Answer.SafetyFirst safety) {
            return safety.answer().isPresent() ? RiskLevel.POSSIBLE : RiskLevel.CLEAR;
        }
        return RiskLevel.NONE;
    }

    private static void stages(Evaluation evaluation, List<LabelledQuestion> questions, Path detailsFile)
            throws IOException {
        System.out.println(StageReport.header());
        try (PrintWriter details = new PrintWriter(Files.newBufferedWriter(detailsFile, StandardCharsets.UTF_8))) {
            for (SearchMode mode : SearchMode.values()) {
                System.out.println(evaluation.run(questions, mode, line -> details.println(mode + "\t" + line)).row());
            }
        }
    }
}
