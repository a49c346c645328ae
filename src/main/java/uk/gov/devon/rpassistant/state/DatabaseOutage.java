package uk.gov.devon.rpassistant.state;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Remembers that the database just failed, so that for a short while turns skip it at once instead of each
 * waiting for a connection that will not come. After the pause, the next use tries again; success ends it.
 */
public final class DatabaseOutage {

    private final long pauseNanos;
    private final LongSupplier clock;
    private final AtomicLong failedAt = new AtomicLong(Long.MIN_VALUE);

    public DatabaseOutage(Duration pause, LongSupplier clock) {
        this.pauseNanos = pause.toNanos();
        this.clock = clock;
    }

    /** True while the last failure is recent: callers skip the database and count what they skipped. */
    public boolean suspected() {
        long failed = failedAt.get();
        return failed != Long.MIN_VALUE && clock.getAsLong() - failed < pauseNanos;
    }

    public void failed() {
        failedAt.set(clock.getAsLong());
    }

    /**
     * Counts a failure as an outage only when the database could not be reached (no connection, a timeout); a
     * row it refused (too long, a duplicate) says nothing about whether it is up.
     */
    public void failed(DataAccessException e) {
        if (e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException) {
            failed();
        }
    }

    public void succeeded() {
        failedAt.set(Long.MIN_VALUE);
    }
}
