package uk.gov.devon.rpassistant.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AgesTest {

    @Test
    void anAgeIsGivenInItsLargestWholeUnit() {
        assertThat(Ages.of(Duration.ofSeconds(59))).isEqualTo("less than a minute");
        assertThat(Ages.of(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(Ages.of(Duration.ofMinutes(59))).isEqualTo("59 minutes");
        assertThat(Ages.of(Duration.ofMinutes(60))).isEqualTo("1 hour");
        assertThat(Ages.of(Duration.ofHours(3).plusMinutes(50))).isEqualTo("3 hours");
        assertThat(Ages.of(Duration.ofHours(23).plusMinutes(59))).isEqualTo("23 hours");
        assertThat(Ages.of(Duration.ofHours(24))).isEqualTo("1 day");
        assertThat(Ages.of(Duration.ofDays(2).plusHours(23))).isEqualTo("2 days");
    }

    @Test
    void aTimeInTheFutureFromAnotherInstancesClockCountsAsNow() {
        assertThat(Ages.of(Duration.ofSeconds(-30))).isEqualTo("less than a minute");
    }
}
