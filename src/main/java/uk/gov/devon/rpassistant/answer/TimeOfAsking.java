package uk.gov.devon.rpassistant.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a contact question asks about, when it names one: "who do I ring at 7pm", "the MASH at 4.30 on a
 * friday", "at midnight", "on Boxing Day". Read from plain words ({@link PlainWords}: "4.30pm" is "4 30pm"). A day
 * named in the question is that day of an ordinary week; with none, a Tuesday, an ordinary working day; a bank
 * holiday named, a day the Front Door is closed.
 */
final class TimeOfAsking {

    private static final Pattern CLOCK = Pattern.compile("\\b(1[0-2]|0?[1-9])(?: ([0-5][0-9]))? ?(am|pm)\\b");
    /** A time without am or pm, "4.30" or "at 6": a working day's hour, so 8 to 11 in the morning, 12 to 7 after. */
    private static final Pattern BARE = Pattern.compile("\\b(?:(?:at|after|before|by|gone|past|til|till|until) "
            + "(1[0-2]|[1-9])(?: ([0-5][0-9]))?|(1[0-2]|[1-9]) ([0-5][0-9]))\\b"
            + "(?! (?:yo|y o|year|yr|week|month|min|hour))");
    private static final Pattern WORDS = Pattern.compile("\\b(midnight|midday|noon|lunchtime|lunch time)\\b");
    private static final Pattern DAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "weekend)s?\\b");
    /** A bank holiday named: the Front Door is closed all day, as on a Sunday. */
    private static final Pattern HOLIDAY = Pattern.compile("\\b(bank holiday|christmas|xmas|boxing day|new year s day|"
            + "new years day|easter|good friday)\\b");
    /** A week with no bank holiday in it, so that only the hours decide. */
    private static final LocalDate ORDINARY_MONDAY = LocalDate.of(2026, 3, 2);

    private TimeOfAsking() {
    }

    /** The time asked about; a day or a bank holiday named without a time is that day at noon. */
    static Optional<LocalDateTime> of(String plainText) {
        Optional<LocalTime> time = timeOfDay(plainText);
        if (time.isEmpty() && (HOLIDAY.matcher(plainText).find() || DAY.matcher(plainText).find())) {
            time = Optional.of(LocalTime.NOON);
        }
        return time.map(at -> day(plainText).atTime(at));
    }

    private static Optional<LocalTime> timeOfDay(String text) {
        Matcher clock = CLOCK.matcher(text);
        if (clock.find()) {
            int hour = Integer.parseInt(clock.group(1)) % 12 + (clock.group(3).equals("pm") ? 12 : 0);
            int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
            return Optional.of(LocalTime.of(hour, minute));
        }
        Matcher bare = BARE.matcher(text);
        if (bare.find()) {
            int hour = Integer.parseInt(bare.group(1) != null ? bare.group(1) : bare.group(3));
            String minutes = bare.group(1) != null ? bare.group(2) : bare.group(4);
            return Optional.of(LocalTime.of(hour >= 8 && hour <= 11 ? hour : hour % 12 + 12,
                    minutes == null ? 0 : Integer.parseInt(minutes)));
        }
        Matcher words = WORDS.matcher(text);
        if (words.find()) {
            return Optional.of(words.group(1).equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON);
        }
        return Optional.empty();
    }

    private static LocalDate day(String text) {
        if (HOLIDAY.matcher(text).find()) {
            return ORDINARY_MONDAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        }
        Matcher day = DAY.matcher(text);
        if (!day.find()) {
            return ORDINARY_MONDAY.plusDays(1);
        }
        DayOfWeek named = day.group(1).equals("weekend") ? DayOfWeek.SATURDAY
                : DayOfWeek.valueOf(day.group(1).toUpperCase(Locale.ROOT));
        return ORDINARY_MONDAY.with(TemporalAdjusters.nextOrSame(named));
    }
}
