package uk.gov.devon.rpassistant.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.SearchResult;

/**
 * {@code ./mvnw -q test-compile exec:java@explain -Dexec.args="file.tsv id id ..."}: the five best candidates for
 * rows of a DEVELOPMENT set, with their fused score and similarity, to see why a question was missed.
 */
final class ExplainSearch {

    private ExplainSearch() {
    }

    public static void main(String[] args) {
        List<Situation> rows = Situation.read(Path.of(args[0]));
        List<String> ids = List.of(args).subList(1, args.length);
        try (AnsweringStack stack = AnsweringStack.open(Path.of(System.getProperty("knowledge-base.path", "knowledge-base")))) {
            for (Situation row : rows) {
                if (!ids.isEmpty() && !ids.contains(row.id())) {
                    continue;
                }
                SearchResult result = stack.knowledgeBase().search(row.question());
                System.out.println(row.id() + " " + row.question() + "  => " + row.expected());
                for (Candidate candidate : result.candidates().subList(0, Math.min(5, result.candidates().size()))) {
                    System.out.printf(Locale.ROOT, "    %.3f sim %.3f  %s%n", candidate.score(), candidate.similarity(),
                            candidate.section().id());
                }
            }
        }
    }
}
