package uk.gov.devon.rpassistant.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.knowledge.BankHolidays;

/** Nudges go on working-day mornings in London, a week apart, on the same weekday. */
class NudgeTimesTest {

    private final NudgeTimes times = new NudgeTimes(new BankHolidays(Set.of(LocalDate.of(2026, 12, 25))));

    @Test
    void weekdayMorningsInLondonFromNineToNoon() {
        assertThat(times.isMorningToSend(Instant.parse("2026-12-07T09:00:00Z"))).as("Monday 09:00 GMT").isTrue();
        assertThat(times.isMorningToSend(Instant.parse("2026-12-11T11:59:00Z"))).as("Friday 11:59").isTrue();
        assertThat(times.isMorningToSend(Instant.parse("2026-12-07T08:59:00Z"))).as("before nine").isFalse();
        assertThat(times.isMorningToSend(Instant.parse("2026-12-07T12:00:00Z"))).as("noon").isFalse();
        assertThat(times.isMorningToSend(Instant.parse("2026-12-05T10:00:00Z"))).as("Saturday").isFalse();
        assertThat(times.isMorningToSend(Instant.parse("2026-12-06T10:00:00Z"))).as("Sunday").isFalse();
    }

    @Test
    void londonTimeIncludingSummerTime() {
        // Monday 6 July 2026: 08:15 UTC is 09:15 in London (BST); 11:30 UTC is 12:30 there.
        assertThat(times.isMorningToSend(Instant.parse("2026-07-06T08:15:00Z"))).isTrue();
        assertThat(times.isMorningToSend(Instant.parse("2026-07-06T11:30:00Z"))).isFalse();
    }

    @Test
    void notOnABankHoliday() {
        assertThat(times.isMorningToSend(Instant.parse("2026-12-25T10:00:00Z"))).as("Christmas Day, a Friday")
                .isFalse();
    }

    @Test
    void dueSixAndAHalfDaysAfterTheLastSoTheSameMorningEachWeek() {
        Instant lastNudge = Instant.parse("2026-12-07T09:15:00Z");
        assertThat(NudgeTimes.dueIfLastBefore(Instant.parse("2026-12-14T09:00:00Z"))).isAfter(lastNudge);
        assertThat(NudgeTimes.dueIfLastBefore(Instant.parse("2026-12-13T21:14:00Z"))).isBefore(lastNudge);
    }

    @Test
    void theWeekdayOfTheNudgesIsTheOptInsOrMondayAfterAWeekend() {
        assertThat(NudgeTimes.weekdayFor(Instant.parse("2026-12-01T15:00:00Z"))).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(NudgeTimes.weekdayFor(Instant.parse("2026-12-01T07:00:00Z"))).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(NudgeTimes.weekdayFor(Instant.parse("2026-12-04T11:00:00Z"))).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(NudgeTimes.weekdayFor(Instant.parse("2026-12-05T10:00:00Z"))).isEqualTo(DayOfWeek.MONDAY);
        assertThat(NudgeTimes.weekdayFor(Instant.parse("2026-12-06T23:00:00Z"))).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void readingTimeIsTwoHundredWordsAMinuteRoundedUp() {
        assertThat(InductionStep.readingMinutes("")).isEqualTo(1);
        assertThat(InductionStep.readingMinutes("word ".repeat(200))).isEqualTo(1);
        assertThat(InductionStep.readingMinutes("word ".repeat(201))).isEqualTo(2);
        assertThat(InductionStep.readingMinutes("word\n".repeat(550))).isEqualTo(3);
    }
}
