package uk.gov.devon.rpassistant.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aFailureIsSuspectedForThePauseThenTriedAgainAndASuccessEndsIt() {
        AtomicLong now = new AtomicLong(1_000);
        DatabaseOutage outage = new DatabaseOutage(Duration.ofSeconds(10), now::get);
        assertThat(outage.suspected()).isFalse();

        outage.failed();
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(outage.suspected()).isTrue();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(outage.suspected()).isFalse();

        outage.failed();
        outage.succeeded();
        assertThat(outage.suspected()).isFalse();
    }

    @Test
    void onlyAnUnreachableDatabaseCountsAsAnOutageNotARefusedRow() {
        DatabaseOutage outage = new DatabaseOutage(Duration.ofSeconds(10), System::nanoTime);

        outage.failed(new org.springframework.dao.DataIntegrityViolationException("value too long"));
        assertThat(outage.suspected()).isFalse();

        outage.failed(new org.springframework.jdbc.CannotGetJdbcConnectionException("connection refused"));
        assertThat(outage.suspected()).isTrue();
    }
}
