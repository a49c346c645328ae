package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.StoreItem;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;
import uk.gov.devon.rpassistant.state.DatabaseOutage;
import uk.gov.devon.rpassistant.state.StateStore;
import uk.gov.devon.rpassistant.state.StoredState;

/**
 * The SDK's {@link Storage} in the application's database, so that every instance of the bot shares user and
 * conversation state and a restart loses none of it. Keys (which hold Teams ids) are stored as pseudonyms.
 *
 * <p>Optimistic concurrency, as the SDK's convention has it: a {@link StoreItem} or a state map that carries the
 * etag it was read with is written only if nobody has written since, else the write fails; an etag of "*", or
 * none, writes regardless. After a write the state map carries its new etag, so a second save in the same turn
 * succeeds. If the database is unavailable, reading finds nothing and writing is skipped (both logged), so a
 * person's turn still gets its answer.
 */
final class DatabaseStorage implements Storage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStorage.class);

    private final StateStore store;
    private final Pseudonyms pseudonyms;
    private final DatabaseOutage outage;
    private final StateCodec codec = new StateCodec();

    DatabaseStorage(StateStore store, Pseudonyms pseudonyms, DatabaseOutage outage) {
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.outage = outage;
    }

    @Override
    public CompletableFuture<Map<String, Object>> read(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        Map<String, Object> found = new HashMap<>();
        if (outage.suspected()) {
            return CompletableFuture.completedFuture(found);
        }
        try {
            for (String key : keys) {
                store.read(pseudonyms.of(key)).ifPresent(stored -> decode(stored).ifPresent(value -> found.put(key, value)));
            }
            outage.succeeded();
        } catch (DataAccessException e) {
            outage.failed(e);
            // The database is away: carry on as if nothing were stored, rather than fail the person's turn.
            log.warn("Bot state could not be read ({}); carrying on without it", e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.completedFuture(found);
    }

    @Override
    public CompletableFuture<Void> write(Map<String, Object> changes) {
        if (changes == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("changes cannot be null"));
        }
        if (outage.suspected()) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            changes.forEach(this::writeOne);
            outage.succeeded();
            return CompletableFuture.completedFuture(null);
        } catch (DataAccessException e) {
            outage.failed(e);
            log.warn("Bot state could not be saved ({}); the turn goes on", e.getClass().getSimpleName());
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> delete(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        try {
            for (String key : keys) {
                store.delete(pseudonyms.of(key));
            }
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Optional<Object> decode(StoredState stored) {
        Optional<Object> value = codec.decode(stored.value());
        if (value.isEmpty()) {
            log.warn("Stored bot state could not be read back and is ignored");
            return value;
        }
        setEtag(value.get(), Long.toString(stored.etag()));
        return value;
    }

    private void writeOne(String key, Object value) {
        if (value == null) {
            return;
        }
        long etag = store.write(pseudonyms.of(key), codec.encode(value), expectedEtag(value));
        setEtag(value, Long.toString(etag));
    }

    private static Optional<Long> expectedEtag(Object value) {
        Object etag = value instanceof StoreItem item ? item.getETag()
                : value instanceof Map<?, ?> map ? map.get(StateCodec.ETAG) : null;
        if (etag == null || "*".equals(etag) || etag.toString().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(etag.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static void setEtag(Object value, String etag) {
        if (value instanceof StoreItem item) {
            item.setETag(etag);
        } else if (value instanceof Map<?, ?> map) {
            try {
                ((Map<String, Object>) map).put(StateCodec.ETAG, etag);
            } catch (UnsupportedOperationException e) {
                // An unmodifiable map cannot carry its etag; its next write overwrites.
            }
        }
    }
}
