package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.RpAssistantApplication;
import uk.gov.devon.rpassistant.insights.QuestionLog;
import uk.gov.devon.rpassistant.knowledge.KnowledgeReloader;

/**
 * The bot keeps answering when its database goes away (recording is skipped and counted, never fatal) and records
 * again when it comes back; and when the knowledge-base folder cannot be read at a reload, the last good index
 * keeps serving.
 */
class ResilienceTest {

    private static final ConnectorStub connector = new ConnectorStub();
    private final TeamsActivities activities = new TeamsActivities(connector.serviceUrl());
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path temporary;

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    @Test
    void withTheDatabaseDownTheBotStillAnswersAndRecordsAgainWhenItIsBack() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File data = temporary.resolve("pg").toFile();
        EmbeddedPostgres database = postgres(port, data);
        String url = database.getJdbcUrl("postgres", "postgres");
        try (ConfigurableApplicationContext application = start(url, Path.of("knowledge-base").toAbsolutePath())) {
            JdbcTemplate jdbc = new JdbcTemplate(application.getBean(javax.sql.DataSource.class));
            QuestionLog questions = application.getBean(QuestionLog.class);
            assertThat(ask(application, "what is fair process")).contains("Fair process");
            assertThat(jdbc.queryForObject("select count(*) from question", Integer.class)).isEqualTo(1);

            database.close();
            long start = System.nanoTime();
            assertThat(ask(application, "what is restorative practice")).contains("What is restorative practice");
            assertThat(ask(application, "start here")).contains("Step 1 of");
            assertThat(ask(application, "what are the restorative questions")).contains("restorative questions");
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(questions.skipped()).isEqualTo(2);
            assertThat(tookMillis).as("after the first failure, turns skip the database instead of waiting for it")
                    .isLessThan(2_500);

            database = postgres(port, data);
            Thread.sleep(1_100);
            assertThat(ask(application, "what is a family group conference")).contains("Family group conference");
            assertThat(jdbc.queryForObject("select count(*) from question", Integer.class)).isEqualTo(2);
        } finally {
            database.close();
        }
    }

    @Test
    void whenTheKnowledgeBaseFolderCannotBeReadTheLastGoodIndexKeepsServing() throws Exception {
        Path folder = temporary.resolve("knowledge-base");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("knowledge-base"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        try (ConfigurableApplicationContext application = start("jdbc:h2:mem:resilience;DB_CLOSE_DELAY=-1", folder)) {
            KnowledgeReloader reloader = application.getBean(KnowledgeReloader.class);
            Files.move(folder, temporary.resolve("moved-away"));

            KnowledgeReloader.Reload reload = reloader.reloadNow();

            assertThat(reload.failed()).isTrue();
            assertThat(reloader.failures()).isPositive();
            assertThat(ask(application, "what is fair process")).contains("Fair process");
        }
    }

    private String ask(ConfigurableApplicationContext application, String text) throws Exception {
        connector.clear();
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/messages")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString(new ObjectMapper().writeValueAsString(activities.personalMessage(text)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(connector.messages()).isNotEmpty();
        String reply = connector.messages().get(connector.messages().size() - 1).toString();
        assertThat(reply).doesNotContain(BotConfiguration.SORRY);
        return reply;
    }

    private static EmbeddedPostgres postgres(int port, File data) throws java.io.IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(new File(System.getProperty("java.io.tmpdir"), "rp-assistant-embedded-pg"))
                .start();
    }

    private static ConfigurableApplicationContext start(String database, Path knowledgeBase) {
        return new SpringApplicationBuilder(RpAssistantApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.connection-timeout=1000", "--storage.outage-pause=1s",
                "--knowledge-base.path=" + knowledgeBase,
                "--logging.level.root=WARN");
    }
}
