package uk.gov.devon.rpassistant.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.devon.rpassistant.RpAssistantApplication;
import uk.gov.devon.rpassistant.state.TestDatabases;

/** The production profile refuses unsafe settings, keeps /admin behind Entra ID, and logs JSON without text. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    private static final String SECRET_QUESTION = "how does the xylophone-walrus method work in supervision";

    @Test
    void itRefusesToStartAnonymouslyWithoutAKeyOrOnH2AndSaysWhatToSet() {
        assertThatThrownBy(() -> start(List.of("--spring.datasource.url=" + TestDatabases.h2Url(),
                "--admin.entra.client-secret=@Microsoft.KeyVault(SecretUri=https://vault/secrets/admin)"))).rootCause()
                .hasMessageContaining("admin.entra.client-secret is a Key Vault reference that App Service did not")
                .hasMessageContaining("MicrosoftAppId is not set").hasMessageContaining("BOT_ALLOW_ANONYMOUS=true")
                .hasMessageContaining("PRIVACY_PSEUDONYM_KEY is not set")
                .hasMessageContaining("the database is H2");
    }

    @Test
    void toldExplicitlyItStartsLogsJsonWithoutMessageTextAndRefusesTheLocalAccount(CapturedOutput output)
            throws Exception {
        List<String> settings = List.of("--bot.allow-anonymous=true", "--privacy.pseudonym-key=production-test-key",
                "--spring.datasource.url=" + TestDatabases.postgresUrl(), "--spring.datasource.username=postgres",
                "--admin.local.username=admin", "--admin.local.password=local-password");
        try (ConfigurableApplicationContext application = start(settings)) {
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/admin")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(admin.statusCode()).isEqualTo(403);

            var activity = new ObjectMapper().createObjectNode().put("type", "message").put("id", "p-1")
                    .put("channelId", "msteams").put("serviceUrl", "http://127.0.0.1:9/").put("text", SECRET_QUESTION);
            activity.putObject("from").put("id", "29:someone");
            activity.putObject("recipient").put("id", "28:bot");
            activity.putObject("conversation").put("id", "a:production-test").put("conversationType", "personal");
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        List<String> logLines = new ArrayList<>();
        for (String line : output.getOut().split("\n")) {
            if (line.contains("\"ecs\":{\"version\"")) {
                logLines.add(line);
            }
        }
        assertThat(logLines).as("the application logged as JSON (ECS)").isNotEmpty()
                .allSatisfy(line -> assertThat(line.strip()).startsWith("{").endsWith("}"));
        assertThat(String.join("\n", logLines)).contains("profile is active: \\\"production\\\"");
        assertThat(output.getAll()).doesNotContain("xylophone-walrus");
    }

    private static ConfigurableApplicationContext start(List<String> settings) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=production", "--server.port=0",
                "--knowledge-base.path=" + Path.of("knowledge-base").toAbsolutePath(), "--knowledge-base.reload=false"));
        arguments.addAll(settings);
        return new SpringApplicationBuilder(RpAssistantApplication.class).run(arguments.toArray(String[]::new));
    }
}
