package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole path over real HTTP: Teams-shaped activities posted to /api/messages on a random port, replies
 * read at a local server that plays the Bot Connector's serviceUrl. Runs on the bundled knowledge base.
 */
class BotEndpointTest extends BotHttpTest {

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
    void topicsListsTheTopicsThenTheirDocumentsEachAnsweringWhenChosen() throws Exception {
        post(activities.personalMessage("topics"));
        JsonNode topic = onlyCard().findValues("selectAction").get(0);
        assertThat(topic.path("type").asText()).isEqualTo("Action.Submit");

        connector.clear();
        post(activities.cardSubmit((ObjectNode) topic.path("data")));
        JsonNode document = onlyCard().findValues("selectAction").get(0);
        assertThat(texts(onlyCard()).get(0)).isEqualTo(topic.path("data").path("name").asText());

        connector.clear();
        post(activities.cardSubmit((ObjectNode) document.path("data")));
        assertThat(texts(onlyCard()).get(0)).isEqualTo(document.path("title").asText());
    }

    @Test
    void aMisspeltQuestionIsCorrectedFromTheKnowledgeBasesOwnWordsAndSaysSo() throws Exception {
        post(activities.personalMessage("what is the socail discipline windoe"));

        JsonNode card = onlyCard();
        assertThat(texts(card)).anyMatch(text -> text.startsWith("Did you mean: what is the social discipline window?"));
        assertThat(card.toString()).containsIgnoringCase("social discipline window");
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
        for (String text : List.of("AND OR (", "\"unclosed", "*", "title:x", "what is (restorative practice",
                "a".repeat(10_000))) {
            connector.clear();
            assertThat(post(activities.personalMessage(text)).statusCode()).isEqualTo(202);

            // A turn that crashes is also answered with one message: the apology, as text. A real answer is a card.
            List<JsonNode> messages = connector.messages();
            assertThat(messages).as(text).hasSize(1);
            assertThat(messages.get(0).path("text").asText()).as(text).isNotEqualTo(BotConfiguration.SORRY);
            JsonNode card = onlyCard();
            assertThat(card.path("version").asText()).as(text).isEqualTo("1.5");
            if (text.length() > LongMessages.LONGEST_QUESTION) {
                assertThat(texts(card).get(0)).isEqualTo(LongMessages.HEADING);
            } else {
                assertThat(texts(card)).as(text).noneMatch(line -> line.equals(LongMessages.HEADING));
            }
        }
    }
}
