package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input over real HTTP, as a careless or hostile client would send it: every refusal is a 4xx with a reason
 * and nothing of Java in it, nothing reaches the conversation, and odd but valid messages get a normal answer.
 */
class BadInputTest extends BotHttpTest {

    private static final String THREE_MB_OF_NOT_JSON = "not json ".repeat(350_000);

    @Test
    void aBodyOverTheLimitGets413BeforeItIsParsed() throws Exception {
        HttpResponse<String> response = postRaw(THREE_MB_OF_NOT_JSON);

        assertThat(response.statusCode()).as("413, not the 400 that parsing it would give").isEqualTo(413);
        assertThat(reason(response)).contains("256 KB");
    }

    @Test
    void aBodySentInChunksWithoutAContentLengthIsCutOffAtTheLimitToo() throws Exception {
        // Over the limit, but under what Tomcat swallows after an early answer (2 MB): with more, Tomcat closes the
        // connection while the client is still sending, and the client may never read the 413.
        byte[] bytes = java.util.Arrays.copyOf(THREE_MB_OF_NOT_JSON.getBytes(), 600 * 1024);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(reason(response)).contains("256 KB");
    }

    @Test
    void anActivityJustUnderTheLimitIsStillAnswered() throws Exception {
        ObjectNode activity = activities.personalMessage("what is restorative practice?");
        activity.with("channelData").put("padding", "x".repeat(IncomingActivities.MAX_BODY_BYTES - 2_000));

        assertThat(post(activity).statusCode()).isEqualTo(202);
        assertThat(texts(onlyCard()).get(0)).containsIgnoringCase("restorative practice");
    }

    @Test
    void anActivityWithoutWhatATurnNeedsGets400NamingWhatIsMissingAndNothingIsSent() throws Exception {
        for (String field : List.of("conversation", "serviceUrl", "from", "channelId")) {
            ObjectNode activity = activities.personalMessage("what is restorative practice?");
            activity.remove(field);

            HttpResponse<String> response = post(activity);

            assertThat(response.statusCode()).as(field).isEqualTo(400);
            assertThat(reason(response)).contains("\"" + field + "\"");
        }
        ObjectNode withoutId = activities.personalMessage("what is restorative practice?");
        ((ObjectNode) withoutId.get("from")).remove("id");
        assertThat(post(withoutId).statusCode()).isEqualTo(400);
        assertThat(connector.received()).isEmpty();
    }

    @Test
    void aServiceUrlThatIsNotAnHttpAddressGets400() throws Exception {
        for (JsonNode serviceUrl : List.<JsonNode>of(mapper.valueToTree("ftp://example.org/"),
                mapper.valueToTree("not a url"), mapper.valueToTree(5), mapper.createObjectNode())) {
            ObjectNode activity = activities.personalMessage("what is restorative practice?");
            activity.set("serviceUrl", serviceUrl);

            HttpResponse<String> response = post(activity);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(reason(response)).contains("serviceUrl");
        }
    }

    @Test
    void aFieldOfTheWrongTypeGets400NamingTheFieldAndNothingOfJava() throws Exception {
        ObjectNode wrongText = activities.personalMessage("x");
        wrongText.putObject("text").put("nested", true);
        ObjectNode wrongTime = activities.personalMessage("what is restorative practice?").put("timestamp", "yesterday");

        assertThat(post(wrongText).statusCode()).isEqualTo(400);
        assertThat(reason(post(wrongText))).isEqualTo("The activity's \"text\" has the wrong type or format.");
        HttpResponse<String> response = post(wrongTime);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(reason(response)).contains("\"timestamp\"");
        assertThat(response.body()).doesNotContain("com.").doesNotContain("Exception").doesNotContain("Activity[");
    }

    @Test
    void anInvalidLocaleOrAConversationIdThatCannotGoInAHeaderGets400() throws Exception {
        ObjectNode badLocale = activities.personalMessage("what is restorative practice?").put("locale", "en GB!");
        assertThat(post(badLocale).statusCode()).isEqualTo(400);
        assertThat(reason(post(badLocale))).contains("locale");

        for (String id : List.of("a:conversation\u0000\u0007", "a:conversation-é", "a:🙂")) {
            ObjectNode activity = activities.personalMessage("what is restorative practice?");
            ((ObjectNode) activity.get("conversation")).put("id", id);

            HttpResponse<String> response = post(activity);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(reason(response)).contains("printable ASCII");
        }
        assertThat(connector.received()).isEmpty();
    }

    @Test
    void malformedMentionEntitiesGet400() throws Exception {
        for (String broken : List.of("mentioned as a list", "mentioned as text", "mentioned without an id",
                "an entity without a type")) {
            ObjectNode activity = activities.channelMessage("what is restorative practice?", true);
            ObjectNode mention = (ObjectNode) activity.get("entities").get(0);
            switch (broken) {
                case "mentioned as a list" -> mention.putArray("mentioned");
                case "mentioned as text" -> mention.put("mentioned", TeamsActivities.BOT_ID);
                case "mentioned without an id" -> ((ObjectNode) mention.get("mentioned")).remove("id");
                default -> activity.withArray("entities").addObject().put("name", "no type");
            }

            HttpResponse<String> response = post(activity);

            assertThat(response.statusCode()).as(broken).isEqualTo(400);
            assertThat(reason(response)).as(broken).containsAnyOf("mention", "entity");
        }
        assertThat(connector.received()).isEmpty();
    }

    @Test
    void aMentionWhoseTextLooksLikeARegularExpressionIsStillTakenOutAndTheQuestionAnswered() throws Exception {
        ObjectNode activity = activities.channelMessage("what is restorative practice?", true);
        activity.put("text", "<at>RP (Assistant</at> what is restorative practice?");
        ((ObjectNode) activity.get("entities").get(0)).put("text", "<at>RP (Assistant</at>");

        assertThat(post(activity).statusCode()).isEqualTo(202);

        assertThat(texts(onlyCard()).get(0)).containsIgnoringCase("restorative practice");
    }

    @Test
    void aMessagingExtensionQueryWithoutAUsableValueGets400WithAReasonAndNoExceptionText() throws Exception {
        ObjectNode missing = activities.invoke(ResourceSearch.QUERY, null);
        missing.remove("value");
        ObjectNode text = activities.invoke(ResourceSearch.QUERY, null).put("value", "circles");
        ObjectNode parameters = activities.invoke(ResourceSearch.QUERY, TeamsActivities.object().put("parameters", "x"));

        for (ObjectNode activity : List.of(missing, text, parameters)) {
            HttpResponse<String> response = post(activity);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(reason(response)).isEqualTo(ResourceSearch.MALFORMED);
        }
    }

    @Test
    void invokesThisAppDoesNotTakeAreIgnoredWith200AndUnknownActivityTypesWith202() throws Exception {
        for (String name : List.of("task/fetch", "composeExtension/selectItem", "adaptiveCard/action", "no/such")) {
            HttpResponse<String> response = post(activities.invoke(name, TeamsActivities.object().put("x", 1)));

            assertThat(response.statusCode()).as(name).isEqualTo(200);
            assertThat(response.body()).as(name).isNullOrEmpty();
        }
        HttpResponse<String> unknown = post(activities.base("somethingNew", "personal", "a:personal-conversation"));
        assertThat(unknown.statusCode()).isEqualTo(202);
        assertThat(connector.received()).isEmpty();
    }

    @Test
    void anOddMemberListStillWelcomesTheBotAndOnlyTheBot() throws Exception {
        ObjectNode activity = activities.membersAdded("channel", TeamsActivities.BOT_ID);
        activity.withArray("membersAdded").addNull().addObject().put("name", "no id");

        assertThat(post(activity).statusCode()).isEqualTo(202);
        assertThat(onlyCard().toString()).contains("Hello, I'm RP Assistant");

        connector.clear();
        ObjectNode withoutBot = activities.membersAdded("channel", "29:someone");
        withoutBot.remove("recipient");
        assertThat(post(withoutBot).statusCode()).isEqualTo(202);
        assertThat(connector.received()).isEmpty();
    }

    @Test
    void messagesWithControlCharactersDirectionMarksEmojiOrOtherLanguagesGetANormalAnswer() throws Exception {
        for (String text : List.of("what is restorative practice?\u200f", "\u202ewhat is fair process",
                "what\u0000 is\u0007 restorative\u001b practice", "🙂 what is restorative practice? 👩‍👩‍👧",
                "Beth yw arfer adferol?", "什么是修复性实践？", "ما هي الممارسة التصالحية؟", "😀😀😀", "\uD800")) {
            connector.clear();

            assertThat(post(activities.personalMessage(text)).statusCode()).isEqualTo(202);

            List<JsonNode> messages = connector.messages();
            assertThat(messages).as(text).hasSize(1);
            assertThat(messages.get(0).path("text").asText()).as(text).isNotEqualTo(BotConfiguration.SORRY);
            assertThat(messages.get(0).path("attachments").path(0).path("contentType").asText()).as(text)
                    .isEqualTo(Cards.CONTENT_TYPE);
        }
    }

    @Test
    void aHundredThousandCharacterMessageGetsThePoliteLimitCard() throws Exception {
        String text = "I would like to know more about restorative practice training for my team. ".repeat(1_320);

        assertThat(post(activities.personalMessage(text)).statusCode()).isEqualTo(202);

        JsonNode card = onlyCard();
        assertThat(texts(card)).startsWith(LongMessages.HEADING, LongMessages.ASK_SHORTER);
        assertThat(card.toString()).contains(MenuCards.EXAMPLES.get(0)).contains("call 999");
    }

    @Test
    void aLongMessageBuiltToSlowThePhraseListDownIsAnsweredInSeconds() throws Exception {
        // Before the long-message screen, the phrase list backtracked on this for longer than the request's timeout.
        long start = System.nanoTime();

        assertThat(post(activities.personalMessage("said dad said dad ".repeat(5_500))).statusCode()).isEqualTo(202);

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
        assertThat(texts(onlyCard()).get(0)).isIn(LongMessages.HEADING, SafetyCards.HEADING);
    }

    @Test
    void aLongMessageWithADisclosureFarIntoItGetsTheEmergencyRoutesFirst() throws Exception {
        String notes = "We met as a team to plan the circles for next term and agreed who would lead each one. ";
        String before = notes.repeat(110);
        String after = notes.repeat(40);
        String disclosure = "Yesterday a child told me her stepdad hits her with a belt. ";
        assertThat(before.length()).isGreaterThan(9_000);

        post(activities.personalMessage(before + after));
        assertThat(texts(onlyCard()).get(0)).as("the same notes without it").isEqualTo(LongMessages.HEADING);

        connector.clear();
        post(activities.personalMessage(before + disclosure + after));
        JsonNode card = onlyCard();
        assertThat(texts(card).get(0)).isEqualTo(SafetyCards.HEADING);
        assertThat(texts(card)).contains(LongMessages.NOT_ANSWERED);
        assertThat(card.toString()).contains("Front Door").contains("not a referral route");
    }

    private static String reason(HttpResponse<String> response) throws Exception {
        return mapper.readTree(response.body()).path("error").asText();
    }
}
