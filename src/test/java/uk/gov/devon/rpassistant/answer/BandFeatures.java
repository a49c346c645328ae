package uk.gov.devon.rpassistant.answer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import uk.gov.devon.rpassistant.evaluation.AnsweringStack;
import uk.gov.devon.rpassistant.evaluation.Situation;
import uk.gov.devon.rpassistant.evaluation.SituationsEvaluation;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.SearchResult;
import uk.gov.devon.rpassistant.knowledge.TextClassifier;

/**
 * {@code ./mvnw -q test-compile exec:java@band-features -Dexec.args="out.tsv dev1.tsv dev2.tsv"}: for each
 * question of DEVELOPMENT halves, the signals the confidence policy reads (the first candidates' scores and
 * similarities, the scope screen's probability) beside the verdict its reply would get if everything were
 * answered, and the verdict it gets today; so that policies can be compared offline. Never on a test half.
 */
final class BandFeatures {

    private BandFeatures() {
    }

    public static void main(String[] args) throws IOException {
        Path knowledge = Path.of(System.getProperty("knowledge-base.path", "knowledge-base"));
        try (AnsweringStack stack = AnsweringStack.open(knowledge);
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            TextClassifier scope = TextClassifier.load(AnswerConfiguration.SCOPE, stack.embedder().queryModelId());
            AnsweringService everything = TuneBands.withPolicy(stack, stack.knowledgeBase(),
                    new ConfidencePolicy(-1, 0, 2, -1, -1, 2));
            out.println("id\tkind\tnow\tanswered\twords\tscope\tcandidates");
            for (int file = 1; file < args.length; file++) {
                List<Situation> rows = Situation.read(Path.of(args[file])).stream()
                        .filter(row -> row.kind() == Situation.Kind.ANSWERABLE || row.kind() == Situation.Kind.CONTACT
                                || row.kind() == Situation.Kind.OUT_OF_SCOPE).toList();
                var now = new SituationsEvaluation(stack.answers()).run(rows, judged -> { }).judged();
                var all = new SituationsEvaluation(everything).run(rows, judged -> { }).judged();
                for (int i = 0; i < rows.size(); i++) {
                    String question = rows.get(i).question();
                    float[] meaning = stack.knowledgeBase().meaning(question);
                    SearchResult result = stack.knowledgeBase().search(question, meaning);
                    StringBuilder candidates = new StringBuilder();
                    for (Candidate candidate : result.candidates().stream().limit(8).toList()) {
                        boolean says = rows.get(i).saidIn(candidate.section().heading() + "\n"
                                + candidate.section().text());
                        candidates.append(String.format(Locale.ROOT, "\t%s %.4f %.4f %d", candidate.section().id(),
                                candidate.score(), candidate.similarity(), says ? 1 : 0));
                    }
                    out.printf(Locale.ROOT, "%s\t%s\t%s:%s\t%s:%s\t%d\t%.4f%s%n", rows.get(i).id(), rows.get(i).kind(),
                            now.get(i).verdict(), now.get(i).answerKind(), all.get(i).verdict(),
                            all.get(i).answerKind(), result.meaningfulWords(), scope.probability(question, meaning),
                            candidates);
                }
            }
        }
    }
}
