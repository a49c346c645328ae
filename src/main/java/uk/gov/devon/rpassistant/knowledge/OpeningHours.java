package uk.gov.devon.rpassistant.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours read from the words content owners write in {@code contacts.yaml}, such as "Monday to Thursday
 * 9am to 5pm, Friday 9am to 4pm": one place for the hours, shown as written and read by the emergency card.
 */
public record OpeningHours(Map<DayOfWeek, Hours> days) {

    public record Hours(LocalTime opens, LocalTime closes) {
    }

    private static final Pattern PART = Pattern.compile(
            "(\\w+day)(?:\\s+to\\s+(\\w+day))?\\s+(\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]m)\\s+to\\s+(\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]m)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap]m)");

    public OpeningHours {
        days = Map.copyOf(days);
    }

    /** The hours, or empty when the text gives none this can read (e.g. "out of hours"). */
    public static Optional<OpeningHours> parse(String text) {
        Map<DayOfWeek, Hours> days = new EnumMap<>(DayOfWeek.class);
        Matcher part = PART.matcher(text.toLowerCase(Locale.ROOT));
        while (part.find()) {
            Optional<DayOfWeek> first = day(part.group(1));
            Optional<DayOfWeek> last = part.group(2) == null ? first : day(part.group(2));
            if (first.isEmpty() || last.isEmpty()) {
                return Optional.empty();
            }
            Hours hours = new Hours(time(part.group(3)), time(part.group(4)));
            for (DayOfWeek day = first.get(); ; day = day.plus(1)) {
                days.put(day, hours);
                if (day == last.get()) {
                    break;
                }
            }
        }
        return days.isEmpty() ? Optional.empty() : Optional.of(new OpeningHours(days));
    }

    /** Open at this local time on a day that is not a bank holiday. */
    public boolean openAt(LocalDateTime time) {
        Hours hours = days.get(time.getDayOfWeek());
        return hours != null && !time.toLocalTime().isBefore(hours.opens())
                && time.toLocalTime().isBefore(hours.closes());
    }

    private static Optional<DayOfWeek> day(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static LocalTime time(String text) {
        Matcher matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a time: " + text);
        }
        int hour = Integer.parseInt(matcher.group(1)) % 12 + (matcher.group(3).equals("pm") ? 12 : 0);
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return LocalTime.of(hour, minute);
    }
}
