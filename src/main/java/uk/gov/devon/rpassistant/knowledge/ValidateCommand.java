package uk.gov.devon.rpassistant.knowledge;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
        List<ContentProblem> problems = new ArrayList<>(content.problems());
        BankHolidays bankHolidays = BankHolidays.read(folder, problems::add);
        if (Files.exists(folder.resolve(BankHolidays.FILE))
                && bankHolidays.lastDate().filter(last -> last.isAfter(today.plusYears(1))).isEmpty()) {
            out.println("WARNING " + new ContentProblem(folder.resolve(BankHolidays.FILE), 0,
                    "add the coming year's bank holidays: the file ends " + bankHolidays.lastDate()
                            .map(LocalDate::toString).orElse("with no dates")));
        }
        for (Contact contact : content.contacts()) {
            if (contact.hours().matches("(?i).*\\d\\s*[ap]m to .*") && OpeningHours.parse(contact.hours()).isEmpty()) {
                problems.add(new ContentProblem(folder.resolve(ContactsReader.FILE_NAME), 0, "the hours of '"
                        + contact.id() + "' cannot be read: write them like 'Monday to Thursday 9am to 5pm, "
                        + "Friday 9am to 4pm'"));
            }
        }
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
