package uk.gov.devon.rpassistant.insights;

import java.sql.ResultSet;
import java.sql.SQLException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feedback on answers in the database; a reason is kept only as {@link StorableText} allows. */
public class FeedbackLog implements FeedbackRecorder {

    private static final Logger log = LoggerFactory.getLogger(FeedbackLog.class);

    private final JdbcTemplate jdbc;
    private final StorableText storable;
    private final Clock clock;
    private final MeterRegistry meters;

    public FeedbackLog(JdbcTemplate jdbc, StorableText storable, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.storable = storable;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void record(Feedback feedback) {
        meters.counter("rp.feedback", "helpful", Boolean.toString(feedback.helpful())).increment();
        Optional<String> reason = feedback.reason().flatMap(storable::of);
        try {
            jdbc.update("insert into feedback (given_at, user_key, section_id, helpful, reason) values (?, ?, ?, ?, ?)",
                    OffsetDateTime.ofInstant(feedback.at(), ZoneOffset.UTC), feedback.user(), feedback.sectionId(),
                    feedback.helpful(), reason.orElse(null));
        } catch (DataAccessException e) {
            log.warn("Feedback was not recorded: the database did not take it ({})", e.getClass().getSimpleName());
        }
    }

    @Override
    public List<Feedback> recent() {
        return since(clock.instant().minus(java.time.Duration.ofDays(7)));
    }

    /** Feedback given since {@code from}, oldest first. */
    public List<Feedback> since(Instant from) {
        return jdbc.query("select section_id, helpful, reason, user_key, given_at from feedback where given_at >= ? "
                + "order by given_at, id", FeedbackLog::row, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
    }

    private static Feedback row(ResultSet rs, int row) throws SQLException {
        return new Feedback(rs.getString(1), rs.getBoolean(2), Optional.ofNullable(rs.getString(3)), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant());
    }
}
