package uk.gov.devon.rpassistant.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The Teams app package builds from configuration, with the bot, its commands and the messaging extension. */
class TeamsPackageTest {

    static final String APP_ID = "0b5a3c1e-8f2d-4c6b-9a7e-1d2f3a4b5c6d";
    static final Path SCRIPT = Path.of("deployment/teams/build-package.sh");
    static final Path ZIP = Path.of("deployment/teams/build/rp-assistant-teams-app.zip");

    @Test
    void thePackageCarriesTheConfiguredAppIdTheCommandsAndTheMessagingExtension() throws Exception {
        Process build = run(Map.of("MICROSOFT_APP_ID", APP_ID, "BOT_DOMAIN", "rp-assistant.example.org"));

        assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).as(output(build)).isZero();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            JsonNode manifest = new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("manifest.json")));
            assertThat(manifest.path("id").asText()).isEqualTo(APP_ID);
            assertThat(manifest.path("manifestVersion").asText()).isEqualTo("1.17");
            JsonNode bot = manifest.path("bots").get(0);
            assertThat(bot.path("botId").asText()).isEqualTo(APP_ID);
            assertThat(bot.path("scopes").toString()).contains("personal", "team", "groupChat");
            assertThat(bot.path("commandLists").toString()).contains("help", "topics", "start here", "contacts");
            assertThat(manifest.path("composeExtensions").get(0).path("commands").get(0).path("id").asText())
                    .isEqualTo("findResource");
            assertThat(manifest.path("validDomains").toString()).contains("rp-assistant.example.org");
            assertThat(manifest.toString()).doesNotContain("${");
            assertThat(size(zip, "color.png")).isEqualTo(192);
            assertThat(size(zip, "outline.png")).isEqualTo(32);
        }
    }

    @Test
    void withoutAnAppIdThePackageIsNotBuiltAndTheScriptSaysWhy() throws Exception {
        Process build = run(Map.of("MICROSOFT_APP_ID", "not-a-guid", "BOT_DOMAIN", "rp-assistant.example.org"));

        assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).isNotZero();
        assertThat(output(build)).contains("MICROSOFT_APP_ID");
    }

    private static int size(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        var image = ImageIO.read(zip.getInputStream(entry));
        assertThat(image.getWidth()).isEqualTo(image.getHeight());
        return image.getWidth();
    }

    private static Process run(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        Map<String, String> env = new HashMap<>(environment);
        builder.environment().keySet().removeIf(key -> key.equals("MICROSOFT_APP_ID") || key.equals("BOT_DOMAIN"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
