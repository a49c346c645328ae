package uk.gov.devon.rpassistant.state;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bot state in the database, shared by every instance of the bot, with optimistic concurrency: each value has a
 * version (its etag), and a write that names the version it read is refused if someone has written since.
 * Keys are pseudonyms made by the caller; values are opaque text.
 */
public class StateStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public StateStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<StoredState> read(String key) {
        List<StoredState> rows = jdbc.query("select state_value, etag from bot_state where state_key = ?",
                (rs, row) -> new StoredState(rs.getString(1), rs.getLong(2)), key);
        return rows.stream().findFirst();
    }

    /**
     * Writes a value and returns its new etag.
     *
     * @param expectedEtag the etag the writer read, or empty to write whatever is there now
     * @throws StateConflictException when {@code expectedEtag} is no longer the stored one
     */
    public long write(String key, String value, Optional<Long> expectedEtag) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (expectedEtag.isPresent()) {
            int updated = jdbc.update("update bot_state set state_value = ?, etag = etag + 1, updated_at = ? "
                    + "where state_key = ? and etag = ?", value, now, key, expectedEtag.get());
            if (updated == 0) {
                throw new StateConflictException();
            }
            return expectedEtag.get() + 1;
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<StoredState> current = read(key);
            if (current.isEmpty()) {
                try {
                    jdbc.update("insert into bot_state (state_key, state_value, etag, updated_at) values (?, ?, 1, ?)",
                            key, value, now);
                    return 1;
                } catch (DuplicateKeyException e) {
                    continue;
                }
            }
            long etag = current.get().etag();
            if (jdbc.update("update bot_state set state_value = ?, etag = etag + 1, updated_at = ? "
                    + "where state_key = ? and etag = ?", value, now, key, etag) == 1) {
                return etag + 1;
            }
        }
        throw new StateConflictException();
    }

    public void delete(String key) {
        jdbc.update("delete from bot_state where state_key = ?", key);
    }
}
