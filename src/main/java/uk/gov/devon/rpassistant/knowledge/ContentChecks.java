package uk.gov.devon.rpassistant.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check on a knowledge-base folder beyond reading it, in one place for the validate command and the
 * insights page: problems (which fail validation) and warnings (which do not).
 */
public final class ContentChecks {

    private ContentChecks() {
    }

    /** What reading found, the bank holidays file's problems, and contact hours the bot cannot read. */
    public static List<ContentProblem> problems(Path folder, KnowledgeContent content) {
        List<ContentProblem> problems = new ArrayList<>(content.problems());
        BankHolidays.read(folder, problems::add);
        for (Contact contact : content.contacts()) {
            if (contact.hours().matches("(?i).*\\d\\s*[ap]m to .*") && OpeningHours.parse(contact.hours()).isEmpty()) {
                problems.add(new ContentProblem(folder.resolve(ContactsReader.FILE_NAME), 0, "the hours of '"
                        + contact.id() + "' cannot be read: write them like 'Monday to Thursday 9am to 5pm, "
                        + "Friday 9am to 4pm'"));
            }
        }
        return problems;
    }

    /** Things to do soon: the bank holidays running out within a year. (Review dates are listed separately.) */
    public static List<ContentProblem> warnings(Path folder, LocalDate today) {
        List<ContentProblem> warnings = new ArrayList<>();
        if (Files.exists(folder.resolve(BankHolidays.FILE))) {
            BankHolidays bankHolidays = BankHolidays.read(folder, problem -> { });
            if (bankHolidays.lastDate().filter(last -> last.isAfter(today.plusYears(1))).isEmpty()) {
                warnings.add(new ContentProblem(folder.resolve(BankHolidays.FILE), 0,
                        "add the coming year's bank holidays: the file ends " + bankHolidays.lastDate()
                                .map(LocalDate::toString).orElse("with no dates")));
            }
        }
        return warnings;
    }
}
