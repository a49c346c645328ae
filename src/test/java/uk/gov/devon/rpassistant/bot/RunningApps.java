package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For tests that start whole applications themselves (to restart them, or run two on one database): the
 * command-line arguments they share, and posting an activity to one of them over real HTTP.
 */
final class RunningApps {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RunningApps() {
    }

    /** A random port, the given database, the bundled knowledge base without reloading, quiet logs; then extras. */
    static String[] arguments(String database, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + (database.startsWith("jdbc:postgresql") ? "postgres" : "sa"),
                "--knowledge-base.path=" + Path.of("knowledge-base").toAbsolutePath(),
                "--knowledge-base.reload=false", "--logging.level.root=WARN"));
        arguments.addAll(List.of(extra));
        return arguments.toArray(String[]::new);
    }

    /** Posts the activity to the application's /api/messages and expects it to be accepted (2xx). */
    static void post(ConfigurableApplicationContext app, JsonNode activity) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(200, 299);
    }
}
