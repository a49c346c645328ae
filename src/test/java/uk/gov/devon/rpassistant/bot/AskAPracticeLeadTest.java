package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.RpAssistantApplication;
import uk.gov.devon.rpassistant.experts.ExpertQuestion;
import uk.gov.devon.rpassistant.experts.ExpertQuestions;
import uk.gov.devon.rpassistant.state.TestDatabases;

/**
 * "Ask a practice lead" end to end over real HTTP, with a local server playing the Bot Connector: a question the bot
 * cannot answer goes, without its case details, to the experts' channel; a practice lead takes it and answers it
 * (after a restart of the application); the card in the channel changes at each step; the answer reaches the
 * asker's personal chat; a second claim is refused; an MI question goes to the MI leads' channel; an unclaimed
 * question is reminded of once.
 */
class AskAPracticeLeadTest {

    private static final String EXPERTS = "19:experts@thread.tacv2";
    private static final String MI_LEADS = "19:mi-leads@thread.tacv2";
    private static final ConnectorStub connector = new ConnectorStub();

    private final TeamsActivities activities = new TeamsActivities(connector.serviceUrl());

    @TempDir
    Path data;

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    /** On an H2 file (local runs) and on PostgreSQL (production), each restarted in the middle. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aQuestionReachesTheChannelIsTakenAndAnsweredAcrossARestartAndTheAnswerComesBack(String kind) throws Exception {
        String database = "h2".equals(kind)
                ? "jdbc:h2:file:" + data.resolve("rp").toAbsolutePath() + ";DB_CLOSE_DELAY=0"
                : TestDatabases.postgresUrl();
        String questionId;
        String cardId;
        try (ConfigurableApplicationContext app = start(database)) {
            post(app, installedInChannel(EXPERTS));

            // A question the bot cannot answer, with a date in it: the "I don't know" card offers a practice lead.
            post(app, activities.personalMessage("how do I claim mileage for the visit on 12/03/2026?"));
            JsonNode notKnown = lastMessage();
            assertThat(notKnown.toString()).contains(AnswerCards.NOT_KNOWN);
            JsonNode ask = button(notKnown, "Ask a practice lead").orElseThrow();
            assertThat(ask.path("data").path("question").asText()).contains("[removed]").doesNotContain("12/03/2026");

            // The form shows the question with the date taken out, and a reminder not to add details.
            post(app, activities.cardSubmit((ObjectNode) ask.path("data")));
            JsonNode form = lastMessage();
            assertThat(form.toString()).contains(ExpertCards.NO_DETAILS).contains("[removed]")
                    .doesNotContain("12/03/2026");

            // Sending it with case details typed back in sends nothing.
            connector.clear();
            post(app, activities.cardSubmit(send("how do I claim mileage for the visit on 12/03/2026?", "")));
            assertThat(connector.received()).noneMatch(r -> r.path().contains(EXPERTS));
            assertThat(lastMessage().toString()).contains("Nothing was sent").doesNotContain("12/03/2026");

            // Sent without them: the asker is told who will see it and when; the channel gets the card.
            connector.clear();
            post(app, activities.cardSubmit(send("how do I claim mileage for a home visit?", "first week in the job")));
            ConnectorStub.Received posted = only(connector.received(), "/v3/conversations/" + EXPERTS + "/activities");
            assertThat(posted.method()).isEqualTo("POST");
            assertThat(posted.path()).as("a new post, not a reply").endsWith("/activities");
            assertThat(posted.activity().toString()).contains("how do I claim mileage for a home visit?")
                    .contains("first week in the job").contains("I'll take this").doesNotContain("A Worker");
            assertThat(lastMessage().toString()).contains(ExpertCards.SENT).contains("two working days");
            questionId = button(posted.activity(), "I'll take this").orElseThrow().path("data").path("id").asText();
            cardId = app.getBean(ExpertQuestions.class).find(questionId).orElseThrow().cardActivityId().orElseThrow();

            // A practice lead takes it: the card is updated in place for everyone.
            connector.clear();
            post(app, channelPress(EXPERTS, cardId, lead("Sam Lead", "aad-lead-1"),
                    TeamsActivities.object().put("action", "lead-claim").put("id", questionId)));
            ConnectorStub.Received taken = only(connector.received(), "/activities/" + cardId);
            assertThat(taken.method()).isEqualTo("PUT");
            assertThat(taken.activity().toString()).contains(ExpertCards.TAKEN_BY + "Sam Lead").contains("Send answer");

            // A second practice lead is told it is taken; it stays with the first.
            connector.clear();
            post(app, channelPress(EXPERTS, cardId, lead("Alex Other", "aad-lead-2"),
                    TeamsActivities.object().put("action", "lead-claim").put("id", questionId)));
            assertThat(lastMessage().path("text").asText()).contains("Sam Lead has already taken this one");
            assertThat(connector.received()).noneMatch(r -> "PUT".equals(r.method()));
        }

        // The application restarts between the claim and the answer: everything is in the database.
        try (ConfigurableApplicationContext app = start(database)) {
            connector.clear();
            post(app, channelPress(EXPERTS, cardId, lead("Alex Other", "aad-lead-2"), TeamsActivities.object()
                    .put("action", "lead-reply").put("id", questionId).put("answer", "Not mine to answer")));
            assertThat(lastMessage().path("text").asText()).contains("Only Sam Lead can answer");

            connector.clear();
            post(app, channelPress(EXPERTS, cardId, lead("Sam Lead", "aad-lead-1"), TeamsActivities.object()
                    .put("action", "lead-reply").put("id", questionId)
                    .put("answer", "Mileage is claimed through the expenses system; your manager approves it.")));
            ConnectorStub.Received answeredCard = only(connector.received(), "/activities/" + cardId);
            assertThat(answeredCard.activity().toString()).contains(ExpertCards.ANSWERED_BY + "Sam Lead")
                    .contains("expenses system");
            ConnectorStub.Received toAsker = only(connector.received(),
                    "/v3/conversations/a:personal-conversation/activities");
            assertThat(toAsker.method()).isEqualTo("POST");
            assertThat(toAsker.path()).endsWith("/activities");
            assertThat(toAsker.activity().toString()).contains(ExpertCards.ANSWER_ARRIVED).contains("Sam Lead")
                    .contains("how do I claim mileage for a home visit?").contains("expenses system");

            // The asker finds it helpful; that is kept with the question.
            JsonNode helpful = button(toAsker.activity(), "Helpful").orElseThrow();
            post(app, activities.cardSubmit((ObjectNode) helpful.path("data")));
            ExpertQuestion done = app.getBean(ExpertQuestions.class).find(questionId).orElseThrow();
            assertThat(done.status()).isEqualTo(ExpertQuestion.Status.ANSWERED);
            assertThat(done.helpful()).contains(true);

            String stored = new JdbcTemplate(app.getBean(javax.sql.DataSource.class))
                    .queryForList("select * from expert_question").toString();
            assertThat(stored).doesNotContain("12/03/2026").doesNotContain(TeamsActivities.USER_ID)
                    .doesNotContain("aad-1").doesNotContain("A Worker");
        }
    }

    @Test
    void anMiQuestionGoesToTheMiLeadsAndAnUnclaimedOneIsRemindedOnce() throws Exception {
        String database = "jdbc:h2:file:" + data.resolve("mi").toAbsolutePath() + ";DB_CLOSE_DELAY=0";
        try (ConfigurableApplicationContext app = start(database)) {
            post(app, installedInChannel(EXPERTS));
            post(app, activities.personalMessage("ask a practice lead"));
            assertThat(lastMessage().toString()).contains(ExpertCards.FORM_TITLE);

            connector.clear();
            post(app, activities.cardSubmit(send(
                    "how do I use OARS and reflective listening when a parent keeps giving sustain talk?", "")));
            ConnectorStub.Received posted = only(connector.received(), "/v3/conversations/" + MI_LEADS + "/activities");
            assertThat(posted.activity().toString()).contains("Motivational Interviewing");
            assertThat(connector.received()).noneMatch(r -> r.path().contains(EXPERTS));
            String questionId = button(posted.activity(), "I'll take this").orElseThrow()
                    .path("data").path("id").asText();

            ExpertDelivery delivery = app.getBean(ExpertDelivery.class);
            connector.clear();
            delivery.catchUp(java.time.Instant.now().plus(Duration.ofHours(2))).join();
            assertThat(connector.received()).as("not yet due (one day)").isEmpty();

            // The connector is unavailable (beyond the SDK's own retries): the reminder is not lost, it goes at the
            // next check.
            connector.failNext(20);
            delivery.catchUp(java.time.Instant.now().plus(Duration.ofDays(2))).join();
            assertThat(app.getBean(ExpertQuestions.class).find(questionId).orElseThrow().remindedAt()).isEmpty();
            connector.failNext(0);
            connector.clear();
            delivery.catchUp(java.time.Instant.now().plus(Duration.ofDays(2))).join();
            ConnectorStub.Received reminder = only(connector.received(), "/v3/conversations/" + MI_LEADS);
            assertThat(reminder.path()).contains(";messageid=").endsWith("/activities");
            assertThat(reminder.activity().toString()).contains("Still waiting for a practice lead")
                    .contains(questionId);

            connector.clear();
            delivery.catchUp(java.time.Instant.now().plus(Duration.ofDays(3))).join();
            assertThat(connector.received()).as("reminded once only").isEmpty();

            // "Not helpful" on an answer offers a practice lead too.
            post(app, activities.personalMessage("what is fair process"));
            JsonNode notHelpful = button(lastMessage(), "Not helpful").orElseThrow();
            post(app, activities.cardSubmit((ObjectNode) notHelpful.path("data")));
            assertThat(button(lastMessage(), "Ask a practice lead")).isPresent();

            // A question that describes a child at risk is not sent: the emergency routes come instead.
            connector.clear();
            post(app, activities.cardSubmit(send("a child told me today her dad hits her with a belt, what do I do?",
                    "")));
            assertThat(connector.received()).noneMatch(r -> r.path().contains(EXPERTS) || r.path().contains(MI_LEADS));
            assertThat(connector.received().get(0).activity().toString()).contains("999");

            // A claim pressed anywhere but the question's channel is refused.
            post(app, activities.cardSubmit(TeamsActivities.object().put("action", "lead-claim").put("id", questionId)));
            assertThat(lastMessage().path("text").asText()).isEqualTo(LeadTurns.CHANNEL_ONLY);
            assertThat(app.getBean(ExpertQuestions.class).find(questionId).orElseThrow().status())
                    .isEqualTo(ExpertQuestion.Status.OPEN);
        }
    }

    @Test
    void aQuestionAskedBeforeTheBotIsInTheTeamIsPostedAsSoonAsItIsInstalled() throws Exception {
        String database = "jdbc:h2:file:" + data.resolve("early").toAbsolutePath() + ";DB_CLOSE_DELAY=0";
        try (ConfigurableApplicationContext app = start(database)) {
            connector.clear();
            post(app, activities.cardSubmit(send("how do I run a circle with a team that is new to it?", "")));
            assertThat(connector.received()).noneMatch(r -> r.path().contains(EXPERTS));
            assertThat(lastMessage().toString()).contains(ExpertCards.SENT).contains("couldn't reach");

            post(app, installedInChannel(EXPERTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (connector.received().stream().noneMatch(r -> r.path().endsWith(EXPERTS + "/activities"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(connector.received()).as("a new post in the channel (beside the welcome, a reply)")
                    .filteredOn(r -> r.path().endsWith(EXPERTS + "/activities")).singleElement()
                    .satisfies(posted -> assertThat(posted.activity().toString())
                            .contains("how do I run a circle with a team that is new to it?"));
        }
    }

    private ObjectNode installedInChannel(String channel) {
        ObjectNode activity = activities.membersAdded("channel", TeamsActivities.BOT_ID);
        activity.with("conversation").put("id", channel);
        activity.with("channelData").putObject("channel").put("id", channel);
        return activity;
    }

    private static ObjectNode send(String question, String note) {
        return TeamsActivities.object().put("action", "lead-send").put("question", question).put("note", note);
    }

    private static ObjectNode lead(String name, String aad) {
        return TeamsActivities.object().put("id", "29:" + aad).put("name", name).put("aadObjectId", aad);
    }

    /** A button pressed on the card in a channel: Teams sends it in the card's thread, with no @mention. */
    private ObjectNode channelPress(String channel, String cardId, ObjectNode from, ObjectNode value) {
        ObjectNode activity = activities.base("message", "channel", channel + ";messageid=" + cardId);
        activity.set("from", from);
        activity.put("replyToId", cardId);
        activity.set("value", value);
        ObjectNode channelData = activity.putObject("channelData");
        channelData.putObject("team").put("id", "19:team@thread.skype");
        channelData.putObject("channel").put("id", channel);
        channelData.putObject("tenant").put("id", "tenant-1");
        return activity;
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(RpAssistantApplication.class).run(RunningApps.arguments(database,
                "--experts.channel-id=" + EXPERTS, "--experts.topic-channels=Motivational Interviewing=" + MI_LEADS));
    }

    private static void post(ConfigurableApplicationContext app, JsonNode activity) throws Exception {
        RunningApps.post(app, activity);
    }

    private static JsonNode lastMessage() {
        List<ConnectorStub.Received> received = connector.received();
        assertThat(received).isNotEmpty();
        return received.get(received.size() - 1).activity();
    }

    private static ConnectorStub.Received only(List<ConnectorStub.Received> received, String pathPart) {
        List<ConnectorStub.Received> matching = received.stream().filter(r -> r.path().contains(pathPart)).toList();
        assertThat(matching).as("requests to " + pathPart + " among " + received.stream()
                .map(r -> r.method() + " " + r.path()).toList()).hasSize(1);
        return matching.get(0);
    }

    /** The Action.Submit titled so, anywhere in the card. */
    private static Optional<JsonNode> button(JsonNode activity, String title) {
        return StreamSupport.stream(activity.findParents("type").spliterator(), false)
                .filter(node -> "Action.Submit".equals(node.path("type").asText())
                        && title.equals(node.path("title").asText()))
                .findFirst();
    }
}
