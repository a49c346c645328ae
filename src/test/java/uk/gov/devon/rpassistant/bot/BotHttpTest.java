package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port, driven over real HTTP at /api/messages, with a local server playing the
 * Bot Connector's serviceUrl so that the replies can be read where Teams would receive them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BotHttpTest {

    static final ConnectorStub connector = new ConnectorStub();
    static final ObjectMapper mapper = new ObjectMapper();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final TeamsActivities activities = new TeamsActivities(connector.serviceUrl());

    @BeforeEach
    void clearReplies() {
        connector.clear();
    }

    @AfterAll
    static void stopConnector() {
        connector.clear();
    }

    /** The one card the bot sent to the conversation. */
    JsonNode onlyCard() {
        List<JsonNode> messages = connector.messages();
        assertThat(messages).hasSize(1);
        JsonNode attachment = messages.get(0).path("attachments").get(0);
        assertThat(attachment.path("contentType").asText()).isEqualTo(Cards.CONTENT_TYPE);
        return attachment.path("content");
    }

    static List<String> texts(JsonNode card) {
        return card.findValues("text").stream().map(JsonNode::asText).toList();
    }

    HttpResponse<String> post(JsonNode activity) throws IOException, InterruptedException {
        return postRaw(mapper.writeValueAsString(activity));
    }

    HttpResponse<String> postRaw(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
