package uk.gov.devon.rpassistant.induction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who asked for weekly nudges back to the pathway, in the application's database (so a restart or a second
 * instance changes nothing). People are known only by pseudonyms. Taking a nudge to send is one conditional
 * update, so two instances checking at once never both send it.
 */
public class Nudges {

    private static final String COLUMNS = "user_key, conversation_key, step, opted_in_at, last_nudged_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Nudges(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts weekly nudges (or keeps those already started, with this step); returns the person's row. */
    public Nudge optIn(String userKey, String conversationKey, int step) {
        OffsetDateTime now = time(clock.instant());
        if (jdbc.update("update induction_nudge set conversation_key = ?, step = ?, updated_at = ? where user_key = ?",
                conversationKey, step, now, userKey) == 0) {
            try {
                jdbc.update("insert into induction_nudge (user_key, conversation_key, step, opted_in_at, updated_at) "
                        + "values (?, ?, ?, ?, ?)", userKey, conversationKey, step, now, now);
            } catch (DuplicateKeyException e) {
                // The same press arrived twice at once (two instances); the other insert is as good as ours.
            }
        }
        return find(userKey).orElseThrow();
    }

    public Optional<Nudge> find(String userKey) {
        return jdbc.query("select " + COLUMNS + " from induction_nudge where user_key = ?", Nudges::read, userKey)
                .stream().findFirst();
    }

    /** Ends a person's nudges; false when they had none. */
    public boolean stop(String userKey) {
        return jdbc.update("delete from induction_nudge where user_key = ?", userKey) > 0;
    }

    /**
     * Keeps up with a person's move along the pathway: their new step, or no more nudges once they reach the last.
     * Returns whether they still have nudges.
     */
    public boolean moved(String userKey, int step, boolean finished) {
        if (finished) {
            stop(userKey);
            return false;
        }
        return jdbc.update("update induction_nudge set step = ?, updated_at = ? where user_key = ?", step,
                time(clock.instant()), userKey) > 0;
    }

    /** Everyone due a nudge at {@code now}: last nudged (or opted in) at least the weekly gap ago. */
    public List<Nudge> due(Instant now) {
        OffsetDateTime cutoff = time(NudgeTimes.dueIfLastBefore(now));
        return jdbc.query("select " + COLUMNS + " from induction_nudge "
                + "where coalesce(last_nudged_at, opted_in_at) <= ? order by opted_in_at", Nudges::read, cutoff);
    }

    /** Takes a due nudge for sending at {@code now}; false when it is not due (another instance took it first). */
    public boolean claim(Nudge nudge, Instant now) {
        return jdbc.update("update induction_nudge set last_nudged_at = ? where user_key = ? "
                + "and coalesce(last_nudged_at, opted_in_at) <= ?", time(now), nudge.userKey(),
                time(NudgeTimes.dueIfLastBefore(now))) == 1;
    }

    /** Gives back a nudge taken at {@code claimedAt} that could not be sent, so that the next check tries again. */
    public void release(Nudge nudge, Instant claimedAt) {
        if (nudge.lastNudgedAt().isPresent()) {
            jdbc.update("update induction_nudge set last_nudged_at = ? where user_key = ? and last_nudged_at = ?",
                    time(nudge.lastNudgedAt().get()), nudge.userKey(), time(claimedAt));
        } else {
            jdbc.update("update induction_nudge set last_nudged_at = null where user_key = ? and last_nudged_at = ?",
                    nudge.userKey(), time(claimedAt));
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Nudge read(ResultSet rs, int row) throws SQLException {
        OffsetDateTime last = rs.getObject("last_nudged_at", OffsetDateTime.class);
        return new Nudge(rs.getString("user_key"), rs.getString("conversation_key"), rs.getInt("step"),
                rs.getObject("opted_in_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(last).map(OffsetDateTime::toInstant));
    }
}
