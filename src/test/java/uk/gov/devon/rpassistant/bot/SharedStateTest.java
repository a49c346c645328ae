package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.StoreItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.RpAssistantApplication;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;
import uk.gov.devon.rpassistant.state.DatabaseOutage;
import uk.gov.devon.rpassistant.state.StateConflictException;
import uk.gov.devon.rpassistant.state.StateStore;
import uk.gov.devon.rpassistant.state.TestDatabases;

/**
 * Two instances of the application on one PostgreSQL database, as in production: a person's induction progress
 * follows them from one instance to the other and survives a restart, and concurrent writes lose no update.
 */
class SharedStateTest {

    private static final ConnectorStub connector = new ConnectorStub();
    private final TeamsActivities activities = new TeamsActivities(connector.serviceUrl());

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    @Test
    void inductionBegunOnOneInstanceContinuesOnTheOtherAndAfterARestart() throws Exception {
        String database = TestDatabases.postgresUrl();
        try (ConfigurableApplicationContext first = start(database);
                ConfigurableApplicationContext second = start(database)) {
            post(first, activities.personalMessage("start here"));
            assertThat(lastCardText()).contains("Step 1 of");

            post(second, activities.cardSubmit(TeamsActivities.object().put("action", "induction").put("move", "NEXT")));
            assertThat(lastCardText()).contains("Step 2 of");

            post(first, activities.cardSubmit(TeamsActivities.object().put("action", "induction").put("move", "NEXT")));
            assertThat(lastCardText()).contains("Step 3 of");

            String stored = new JdbcTemplate(first.getBean(javax.sql.DataSource.class))
                    .queryForList("select state_key from bot_state", String.class).toString();
            assertThat(stored).as("state keys are pseudonyms, not Teams ids")
                    .doesNotContain(TeamsActivities.USER_ID).doesNotContain("aad-1");
        }
        try (ConfigurableApplicationContext restarted = start(database)) {
            post(restarted, activities.personalMessage("start here"));
            assertThat(lastCardText()).contains("Welcome back. You were on step 3");
        }
    }

    @Test
    void concurrentWritesThroughTwoStoragesLoseNoUpdate() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.postgres());
        Pseudonyms pseudonyms = new Pseudonyms("shared-key");
        List<DatabaseStorage> instances = List.of(
                new DatabaseStorage(new StateStore(jdbc, java.time.Clock.systemUTC()), pseudonyms, outage()),
                new DatabaseStorage(new StateStore(jdbc, java.time.Clock.systemUTC()), pseudonyms, outage()));
        String key = "msteams/users/29:someone";
        instances.get(0).write(Map.of(key, new Counter())).join();
        int threads = 6;
        int increments = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> retries = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            DatabaseStorage storage = instances.get(t % 2);
            retries.add(pool.submit(() -> {
                int retried = 0;
                for (int i = 0; i < increments; i++) {
                    while (true) {
                        Counter counter = (Counter) storage.read(new String[] {key}).join().get(key);
                        counter.setCount(counter.getCount() + 1);
                        try {
                            storage.write(Map.of(key, counter)).join();
                            break;
                        } catch (CompletionException e) {
                            assertThat(e.getCause()).isInstanceOf(StateConflictException.class);
                            retried++;
                        }
                    }
                }
                return retried;
            }));
        }
        int retried = 0;
        for (Future<Integer> each : retries) {
            retried += each.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Counter last = (Counter) instances.get(1).read(new String[] {key}).join().get(key);
        assertThat(last.getCount()).isEqualTo(threads * increments);
        assertThat(retried).as("writers collided, so the etags were exercised").isPositive();
    }

    private static DatabaseOutage outage() {
        return new DatabaseOutage(java.time.Duration.ofSeconds(10), System::nanoTime);
    }

    /** A store item of the kind the SDK's own state classes are. */
    public static class Counter implements StoreItem {
        private int count;
        private String eTag;

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }

        @Override
        public String getETag() {
            return eTag;
        }

        @Override
        public void setETag(String eTag) {
            this.eTag = eTag;
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(RpAssistantApplication.class).run(RunningApps.arguments(database));
    }

    private void post(ConfigurableApplicationContext instance, JsonNode activity) throws Exception {
        connector.clear();
        RunningApps.post(instance, activity);
    }

    private static String lastCardText() {
        List<ConnectorStub.Received> received = connector.received();
        assertThat(received).isNotEmpty();
        return received.get(received.size() - 1).activity().toString();
    }
}
