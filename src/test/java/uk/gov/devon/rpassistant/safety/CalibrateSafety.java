package uk.gov.devon.rpassistant.safety;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.gov.devon.rpassistant.evaluation.AnsweringStack;
import uk.gov.devon.rpassistant.evaluation.Situation;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;

/**
 * {@code ./mvnw -q test-compile exec:java@calibrate-safety}: the classifier's probabilities on the three blind safety
 * sets' DEVELOPMENT halves and the situations sets' (safeguarding messages as risks, the rest as ordinary), and how
 * many risk and ordinary messages each threshold would route, to choose
 * {@link RiskScreen.Thresholds#CALIBRATED}; it lists the ordinary messages given the routes, the risk messages the
 * classifier scores low, and those only the phrase list catches. Never run it on a test half.
 */
final class CalibrateSafety {

    private CalibrateSafety() {
    }

    public static void main(String[] args) throws Exception {
        List<String[]> rows = new ArrayList<>();
        Path eval = Path.of("src/test/resources/eval");
        for (String file : List.of("safety-blind-dev.tsv", "safety-blind2-dev.tsv", "safety-blind3-dev.tsv")) {
            for (String line : java.nio.file.Files.readAllLines(eval.resolve(file)).stream().skip(1).toList()) {
                String[] row = line.split("\t", 4);
                rows.add(new String[] {row[0], row[1], file, row[3]});
            }
        }
        // Every situations set's development half too: its safeguarding messages are risks, the rest ordinary.
        for (Path set : Situation.developmentHalves(eval)) {
            for (Situation situation : Situation.read(set)) {
                rows.add(new String[] {situation.id(), situation.kind() == Situation.Kind.SAFEGUARDING ? "risk"
                        : "ordinary", set.getFileName().toString(), situation.question()});
            }
        }
        try (AnsweringStack stack = AnsweringStack.open(Path.of("knowledge-base"))) {
            KnowledgeBase knowledgeBase = stack.knowledgeBase();
            RiskScreen screen = stack.riskScreen();
            double possible = RiskScreen.Thresholds.calibratedFor(stack.embedder().queryModelId()).possible();
            List<double[]> risk = new ArrayList<>();
            List<double[]> ordinary = new ArrayList<>();
            for (String[] row : rows) {
                double p = screen.probability(row[3], knowledgeBase.meaning(row[3]));
                double phrase = screen.matchesPhrase(row[3]) ? 1 : 0;
                (row[1].equals("risk") ? risk : ordinary).add(new double[] {p, phrase});
                if (row[1].equals("risk") && p < possible && phrase > 0) {
                    System.out.printf(Locale.ROOT, "phrase-only risk %.3f %s%n", p, row[3]);
                }
                if (row[1].equals("risk") && p < 0.5 && phrase == 0) {
                    System.out.printf(Locale.ROOT, "low risk %.3f %s%n", p, row[3]);
                }
                if (!row[1].equals("risk") && (p >= possible || phrase > 0)) {
                    System.out.printf(Locale.ROOT, "high ordinary %.3f phrase=%s %s %s%n", p, phrase > 0, row[2],
                            row[3]);
                }
            }
            for (double t : new double[] {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
                System.out.printf(Locale.ROOT, "p>=%.2f: risk %5.1f%% (or phrase %5.1f%%), ordinary %5.1f%% "
                        + "(or phrase %5.1f%%)%n", t, share(risk, t, false), share(risk, t, true),
                        share(ordinary, t, false), share(ordinary, t, true));
            }
        }
    }

    private static double share(List<double[]> rows, double threshold, boolean orPhrase) {
        return 100.0 * rows.stream().filter(r -> r[0] >= threshold || (orPhrase && r[1] > 0)).count() / rows.size();
    }
}
