package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * England and Wales bank holidays, from {@code bank-holidays.txt} in the knowledge base (one ISO date a line,
 * {@code #} comments), on which the Front Door is closed and the Emergency Duty Service is the route.
 */
public record BankHolidays(Set<LocalDate> dates) {

    static final String FILE = "bank-holidays.txt";
    private static final Logger log = LoggerFactory.getLogger(BankHolidays.class);

    public BankHolidays {
        dates = Set.copyOf(dates);
    }

    public boolean contains(LocalDate date) {
        return dates.contains(date);
    }

    /** The last date in the file, if any: the file must be extended before then. */
    public Optional<LocalDate> lastDate() {
        return dates.stream().max(LocalDate::compareTo);
    }

    /** The dates in the knowledge base's file; problems are logged (the validate command reports them). */
    public static BankHolidays read(Path knowledgeBase) {
        if (!Files.exists(knowledgeBase.resolve(FILE))) {
            log.warn("No {} in the knowledge base: the emergency card cannot tell bank holidays", FILE);
        }
        return read(knowledgeBase, problem -> log.warn("Knowledge base problem: {}", problem));
    }

    /** The dates in the file (none when there is no file); a line that is not a date is reported and skipped. */
    static BankHolidays read(Path knowledgeBase, Consumer<ContentProblem> problems) {
        Path file = knowledgeBase.resolve(FILE);
        if (!Files.exists(file)) {
            return new BankHolidays(Set.of());
        }
        Set<LocalDate> dates = new HashSet<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                String text = line.replaceFirst("#.*", "").strip();
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    dates.add(LocalDate.parse(text.split("\\s+")[0]));
                } catch (DateTimeParseException e) {
                    problems.accept(new ContentProblem(file, number, "'" + text + "' is not a date (YYYY-MM-DD)"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new BankHolidays(dates);
    }
}
