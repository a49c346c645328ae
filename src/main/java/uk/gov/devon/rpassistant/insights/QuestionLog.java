package uk.gov.devon.rpassistant.insights;

import java.sql.ResultSet;
import java.sql.SQLException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;
import uk.gov.devon.rpassistant.state.DatabaseOutage;

/**
 * Records each question for the insights page, and nothing more: when, a pseudonym of who, where (personal,
 * group, channel), how it was met (the band) and which section answered, and the text only where it can be kept
 * ({@link StorableText}); never the text of a message that went to the safety card. Recording never stops an
 * answer: if the database cannot take the row, it is skipped and counted, and for a short while after a failure
 * the database is not tried at all ({@link DatabaseOutage}).
 */
public class QuestionLog {

    private static final Logger log = LoggerFactory.getLogger(QuestionLog.class);

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;
    private final StorableText storable;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicLong skipped = new AtomicLong();

    private final DatabaseOutage outage;

    public QuestionLog(JdbcTemplate jdbc, Pseudonyms pseudonyms, StorableText storable, Clock clock,
            MeterRegistry meters, DatabaseOutage outage) {
        this.outage = outage;
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.storable = storable;
        this.clock = clock;
        this.meters = meters;
        meters.more().counter("rp.questions.not.recorded", List.of(), skipped);
    }

    /**
     * @param userId the person's Teams or Entra id, turned into a pseudonym here
     * @param scope personal, group or channel
     * @param message what was typed, kept only as {@link StorableText} allows
     * @param took how long answering took (for the latency histogram)
     */
    public void record(String userId, String scope, String message, Answer answer, Duration took) {
        Band band = Band.of(answer);
        meters.counter("rp.answers", "band", band.name().toLowerCase(Locale.ROOT)).increment();
        meters.timer("rp.answer.duration").record(took);
        Optional<String> text = band == Band.SAFETY ? Optional.empty() : storable.of(message);
        if (outage.suspected()) {
            skipped.incrementAndGet();
            return;
        }
        try {
            jdbc.update("insert into question (asked_at, user_key, scope, band, section_id, question_text) "
                    + "values (?, ?, ?, ?, ?, ?)", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                    pseudonyms.of(userId), scope, band.name(), Band.sectionOf(answer).orElse(null), text.orElse(null));
            outage.succeeded();
        } catch (DataAccessException e) {
            outage.failed(e);
            skipped.incrementAndGet();
            log.warn("A question was not recorded: the database did not take it ({})", e.getClass().getSimpleName());
        }
    }

    /** Questions asked since {@code from}, newest first. */
    public List<QuestionRow> since(Instant from) {
        return jdbc.query("select asked_at, user_key, scope, band, section_id, question_text from question "
                + "where asked_at >= ? order by asked_at desc, id desc",
                QuestionLog::row, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
    }

    /** Questions that could not be recorded since start-up. */
    public long skipped() {
        return skipped.get();
    }

    private static QuestionRow row(ResultSet rs, int row) throws SQLException {
        return new QuestionRow(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getString(3),
                Band.valueOf(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                Optional.ofNullable(rs.getString(6)));
    }
}
