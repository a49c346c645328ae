package uk.gov.devon.rpassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    @Test
    void hoursWrittenInWordsAreReadDayByDay() {
        OpeningHours hours = OpeningHours.parse("Monday to Thursday 9am to 5pm, Friday 9am to 4pm").orElseThrow();

        assertThat(hours.openAt(LocalDateTime.parse("2026-12-03T16:59"))).as("Thursday 4:59pm").isTrue();
        assertThat(hours.openAt(LocalDateTime.parse("2026-12-04T16:00"))).as("Friday 4pm").isFalse();
        assertThat(hours.openAt(LocalDateTime.parse("2026-12-04T09:00"))).as("Friday 9am").isTrue();
        assertThat(hours.openAt(LocalDateTime.parse("2026-12-05T12:00"))).as("Saturday").isFalse();
    }

    @Test
    void halfHoursAndSingleDaysAreRead() {
        OpeningHours hours = OpeningHours.parse("Saturday 9.30am to 12:30pm").orElseThrow();

        assertThat(hours.openAt(LocalDateTime.parse("2026-12-05T09:30"))).isTrue();
        assertThat(hours.openAt(LocalDateTime.parse("2026-12-05T12:30"))).isFalse();
    }

    @Test
    void wordsWithNoHoursInThemAreNotMistakenForHours() {
        assertThat(OpeningHours.parse("Out of hours, weekends and bank holidays")).isEmpty();
        assertThat(OpeningHours.parse("Any time")).isEmpty();
    }
}
