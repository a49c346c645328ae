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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole path over real HTTP: Teams-shaped activities posted to /api/messages on a random port, replies
 * read at a local server that plays the Bot Connector's serviceUrl. Runs on the bundled knowledge base.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BotEndpointTest {

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
        connector.close();
    }

    @Test
    void aTrainingQuestionInPersonalChatGetsAnAnswerCardWithTheAcademyMailbox() throws Exception {
        HttpResponse<String> response = post(activities.personalMessage("how do I book restorative practice training?"));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode card = onlyCard();
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(card.toString()).contains("childrenssocialworkacademy-mailbox@devon.gov.uk");
        assertThat(texts(card)).noneMatch(text -> text.contains(AnswerCards.NOT_KNOWN));
    }

    @Test
    void aQuestionOutsideTheKnowledgeBaseGetsAnHonestNoAnswerWithTheContact() throws Exception {
        post(activities.personalMessage("what is the capital of France"));

        JsonNode card = onlyCard();
        assertThat(texts(card)).anyMatch(text -> text.contains(AnswerCards.NOT_KNOWN));
        assertThat(card.toString()).contains("childrenssocialworkacademy-mailbox@devon.gov.uk").contains("topics");
    }

    @Test
    void aChannelMessageThatMentionsTheBotIsAnsweredWithoutTheMention() throws Exception {
        HttpResponse<String> response = post(activities.channelMessage("what is restorative practice?", true));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode card = onlyCard();
        assertThat(texts(card).get(0)).containsIgnoringCase("restorative practice");
        assertThat(connector.received()).allMatch(sent -> sent.path().startsWith("/v3/conversations/19:channel"));
    }

    @Test
    void aChannelMessageWithoutAMentionGetsNoReply() throws Exception {
        HttpResponse<String> response = post(activities.channelMessage("what is restorative practice?", false));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(connector.received()).isEmpty();
    }

    @Test
    void topicsListsTheKnowledgeBaseAsButtonsThatAnswerWhenPressed() throws Exception {
        post(activities.personalMessage("topics"));
        JsonNode topics = onlyCard();
        JsonNode firstButton = topics.findValues("actions").get(0).get(0);
        assertThat(firstButton.path("type").asText()).isEqualTo("Action.Submit");

        connector.clear();
        post(activities.cardSubmit((com.fasterxml.jackson.databind.node.ObjectNode) firstButton.path("data")));

        JsonNode answer = onlyCard();
        assertThat(texts(answer).get(0)).isEqualTo(firstButton.path("title").asText());
    }

    @Test
    void helpDescribesWhatTheAssistantDoes() throws Exception {
        post(activities.personalMessage("help"));

        assertThat(onlyCard().toString()).contains("restorative practice").contains("topics");
    }

    @Test
    void aBodyThatIsNotJsonGets400WithAReason() throws Exception {
        HttpResponse<String> response = postRaw("this is not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON");
    }

    @Test
    void jsonThatIsNotAnActivityGets400() throws Exception {
        assertThat(postRaw("[1, 2, 3]").statusCode()).isEqualTo(400);
        assertThat(postRaw("{\"hello\": \"world\"}").statusCode()).isEqualTo(400);
        assertThat(postRaw("").statusCode()).isEqualTo(400);
    }

    @Test
    void hostileInputIsAnsweredPolitely() throws Exception {
        for (String text : List.of("AND OR (", "\"unclosed", "*", "title:x", "a".repeat(10_000))) {
            connector.clear();
            assertThat(post(activities.personalMessage(text)).statusCode()).isEqualTo(202);
            assertThat(connector.messages()).hasSize(1);
        }
    }

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
