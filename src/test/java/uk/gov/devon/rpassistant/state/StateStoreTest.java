package uk.gov.devon.rpassistant.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared state store on both databases the application runs on, migrated by the application's migrations. */
class StateStoreTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.names();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void writesReadsAndDeletes(String database) {
        StateStore store = new StateStore(new JdbcTemplate(TestDatabases.named(database)), Clock.systemUTC());

        assertThat(store.read("key-1")).isEmpty();
        long first = store.write("key-1", "{\"step\":1}", Optional.empty());
        assertThat(store.read("key-1")).contains(new StoredState("{\"step\":1}", first));
        long second = store.write("key-1", "{\"step\":2}", Optional.of(first));
        assertThat(second).isGreaterThan(first);
        assertThat(store.read("key-1")).contains(new StoredState("{\"step\":2}", second));
        store.delete("key-1");
        assertThat(store.read("key-1")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWriteBasedOnAnOldVersionIsRefused(String database) {
        StateStore store = new StateStore(new JdbcTemplate(TestDatabases.named(database)), Clock.systemUTC());
        long read = store.write("key-2", "first", Optional.empty());
        store.write("key-2", "someone else's", Optional.of(read));

        assertThatThrownBy(() -> store.write("key-2", "mine", Optional.of(read)))
                .isInstanceOf(StateConflictException.class);
        assertThat(store.read("key-2").orElseThrow().value()).isEqualTo("someone else's");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentReadModifyWriteLosesNoUpdate(String database) throws Exception {
        StateStore store = new StateStore(new JdbcTemplate(TestDatabases.named(database)), Clock.systemUTC());
        store.write("counter", "0", Optional.empty());
        int threads = 8;
        int increments = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> conflicts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            conflicts.add(pool.submit(() -> {
                int retried = 0;
                for (int i = 0; i < increments; i++) {
                    while (true) {
                        StoredState current = store.read("counter").orElseThrow();
                        try {
                            store.write("counter", Integer.toString(Integer.parseInt(current.value()) + 1),
                                    Optional.of(current.etag()));
                            break;
                        } catch (StateConflictException e) {
                            retried++;
                        }
                    }
                }
                return retried;
            }));
        }
        int retried = 0;
        for (Future<Integer> each : conflicts) {
            retried += each.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(Integer.parseInt(store.read("counter").orElseThrow().value())).isEqualTo(threads * increments);
        assertThat(retried).as("the writers did collide, so the etags were tested").isPositive();
    }
}
