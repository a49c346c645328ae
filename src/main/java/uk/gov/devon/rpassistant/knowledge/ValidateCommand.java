package uk.gov.devon.rpassistant.knowledge;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The content owners' check: {@code ./mvnw -q compile exec:java@validate}. Prints every problem with its file
 * and line and exits 1 when there is one; warns about documents past their review date.
 */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "knowledge-base");
        int status = run(folder, LocalDate.now(), System.out);
        System.exit(status);
    }

    static int run(Path folder, LocalDate today, PrintStream out) {
        KnowledgeContent content;
        try {
            content = new KnowledgeBaseLoader().load(folder);
        } catch (IllegalStateException e) {
            out.println("ERROR " + e.getMessage());
            return 1;
        }
        List<ContentProblem> problems = ContentChecks.problems(folder, content);
        ContentChecks.warnings(folder, today).forEach(warning -> out.println("WARNING " + warning));
        problems.forEach(problem -> out.println("ERROR " + problem));
        for (KnowledgeDocument document : content.documents()) {
            if (document.reviewBy().isBefore(today)) {
                out.println("WARNING " + new ContentProblem(document.path(), document.lineOf("review_by"),
                        "this document was due for review on " + document.reviewBy()));
            }
        }
        int sections = content.sections().size();
        out.printf("%d documents, %d sections, %d contacts: %s%n", content.documents().size(), sections,
                content.contacts().size(), problems.isEmpty() ? "OK" : problems.size() + " problem(s)");
        return problems.isEmpty() ? 0 : 1;
    }
}
