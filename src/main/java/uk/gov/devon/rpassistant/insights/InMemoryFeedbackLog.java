package uk.gov.devon.rpassistant.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Keeps recent feedback in memory, within a retention limit (90 days, 10,000 items), until the insights
 * feature stores it in a database. Lost on restart.
 */
@Component
class InMemoryFeedbackLog implements FeedbackRecorder {

    static final Duration RETENTION = Duration.ofDays(90);
    static final int CAPACITY = 10_000;

    private final Deque<Feedback> items = new ArrayDeque<>();
    private final Clock clock;

    InMemoryFeedbackLog() {
        this(Clock.systemUTC());
    }

    InMemoryFeedbackLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void record(Feedback feedback) {
        items.addLast(feedback);
        Instant oldest = clock.instant().minus(RETENTION);
        while (!items.isEmpty() && (items.size() > CAPACITY || items.peekFirst().at().isBefore(oldest))) {
            items.removeFirst();
        }
    }

    @Override
    public synchronized List<Feedback> recent() {
        return List.copyOf(items);
    }
}
