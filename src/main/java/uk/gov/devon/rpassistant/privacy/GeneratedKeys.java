package uk.gov.devon.rpassistant.privacy;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A key made once and kept in the database, for local runs where none is configured: pseudonyms (and the state
 * stored under them) then survive a restart and agree between instances. Production configures its key in Key
 * Vault instead, away from the data it protects.
 */
final class GeneratedKeys {

    private final JdbcTemplate jdbc;

    GeneratedKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String named(String name) {
        for (int attempt = 0; attempt < 2; attempt++) {
            var found = jdbc.queryForList("select key_value from generated_key where name = ?", String.class, name);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            try {
                jdbc.update("insert into generated_key (name, key_value, created_at) values (?, ?, ?)", name,
                        Base64.getEncoder().encodeToString(bytes), OffsetDateTime.now(ZoneOffset.UTC));
            } catch (DuplicateKeyException e) {
                // Another instance made it first; read theirs.
            }
        }
        return jdbc.queryForObject("select key_value from generated_key where name = ?", String.class, name);
    }
}
