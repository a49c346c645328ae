package uk.gov.devon.rpassistant.induction;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import uk.gov.devon.rpassistant.knowledge.BankHolidays;

/**
 * When a weekly nudge may go: on a working-day morning in Devon (Monday to Friday, 09:00 to 12:00 Europe/London,
 * not a bank holiday), at least six and a half days after the last nudge or the opt-in. Six and a half, not seven,
 * so that a nudge sent at 09:15 one week is due again by 09:00 on the same weekday the next.
 */
public record NudgeTimes(BankHolidays bankHolidays) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalTime MORNING_FROM = LocalTime.of(9, 0);
    static final LocalTime MORNING_UNTIL = LocalTime.of(12, 0);
    static final Duration GAP = Duration.ofDays(6).plusHours(12);

    public NudgeTimes {
        Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    /** Whether nudges may be sent at this moment. */
    public boolean isMorningToSend(Instant now) {
        ZonedDateTime london = now.atZone(LONDON);
        LocalTime time = london.toLocalTime();
        return isWeekday(london.getDayOfWeek()) && !bankHolidays.contains(london.toLocalDate())
                && !time.isBefore(MORNING_FROM) && time.isBefore(MORNING_UNTIL);
    }

    /** A person last nudged (or opted in) at or before this moment is due a nudge now. */
    public static Instant dueIfLastBefore(Instant now) {
        return now.minus(GAP);
    }

    /**
     * The weekday whose mornings the nudges will come on, for someone who opted in at {@code optedIn}: the first
     * weekday morning that ends after the gap (a bank holiday moves one week's nudge to the next working day).
     */
    public static DayOfWeek weekdayFor(Instant optedIn) {
        ZonedDateTime due = optedIn.plus(GAP).atZone(LONDON);
        LocalDate day = due.toLocalTime().isBefore(MORNING_UNTIL) ? due.toLocalDate() : due.toLocalDate().plusDays(1);
        while (!isWeekday(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day.getDayOfWeek();
    }

    private static boolean isWeekday(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
