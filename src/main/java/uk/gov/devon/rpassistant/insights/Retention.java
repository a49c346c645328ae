package uk.gov.devon.rpassistant.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes what is older than the retention period (default 90 days): questions, feedback, and bot state,
 * conversation references and weekly nudges not touched in that time (nudges end for someone who has not been
 * back). Runs soon after start-up and then every six hours.
 */
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final Map<String, String> TABLES = Map.of(
            "question", "asked_at", "feedback", "given_at", "bot_state", "updated_at",
            "conversation_reference", "updated_at", "expert_question", "asked_at",
            "induction_nudge", "updated_at");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration period;

    public Retention(JdbcTemplate jdbc, Clock clock, Duration period) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.period = period;
    }

    public Duration period() {
        return period;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT6H")
    void scheduled() {
        try {
            purge();
        } catch (DataAccessException e) {
            log.warn("The retention purge did not run: {}", e.getClass().getSimpleName());
        }
    }

    /** Deletes every row older than the period; returns how many went from each table. */
    public Map<String, Integer> purge() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(period);
        Map<String, Integer> deleted = new LinkedHashMap<>();
        TABLES.forEach((table, column) ->
                deleted.put(table, jdbc.update("delete from " + table + " where " + column + " < ?", cutoff)));
        log.info("Retention purge: deleted {} (older than {} days)", deleted, period.toDays());
        return deleted;
    }
}
