package uk.gov.devon.rpassistant.bot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Messages per person, so that one runaway client cannot starve everyone else: each person has a bucket of
 * {@code burst} messages that refills at one message every {@code refillNanos}. A person typing questions never
 * meets it (a burst of 10, then one every 3 seconds by default); a script sending hundreds a second does.
 * In memory, per instance; idle buckets are dropped so the map stays small.
 */
final class RateLimiter {

    /** What to do with a message. */
    enum Decision { ANSWER, TELL_TO_SLOW_DOWN, IGNORE }

    private static final int MAX_PEOPLE = 50_000;

    private final int burst;
    private final long refillNanos;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int burst, long refillNanos, LongSupplier clock) {
        this.burst = burst;
        this.refillNanos = refillNanos;
        this.clock = clock;
    }

    /** Answer; or, the first time a person runs out, say so politely; after that, ignore until they slow down. */
    Decision decide(String person) {
        if (person == null) {
            return Decision.ANSWER;
        }
        long now = clock.getAsLong();
        if (buckets.size() > MAX_PEOPLE) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(person, key -> new Bucket(burst, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private long updated;
        private boolean told;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                told = false;
                return Decision.ANSWER;
            }
            if (told) {
                return Decision.IGNORE;
            }
            told = true;
            return Decision.TELL_TO_SLOW_DOWN;
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (double) (now - updated) / refillNanos);
            updated = now;
        }
    }
}
