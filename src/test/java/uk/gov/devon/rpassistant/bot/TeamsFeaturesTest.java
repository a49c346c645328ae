package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.gov.devon.rpassistant.insights.Feedback;
import uk.gov.devon.rpassistant.induction.InductionPathway;
import uk.gov.devon.rpassistant.insights.FeedbackRecorder;

/** Welcome, induction, sharing, feedback and safety, over real HTTP as Teams would drive them. */
@ExtendWith(OutputCaptureExtension.class)
class TeamsFeaturesTest extends BotHttpTest {

    @Autowired
    FeedbackRecorder feedback;

    @Autowired
    InductionPathway pathway;

    @Test
    void installingInAPersonalChatSendsTheWelcomeCardOnce() throws Exception {
        post(activities.membersAdded("personal", TeamsActivities.BOT_ID, TeamsActivities.USER_ID));

        JsonNode card = onlyCard();
        assertThat(card.toString()).contains("Welcome to RP Assistant").contains("Start here");
        assertThat(card.findValues("title").stream().map(JsonNode::asText)).containsAll(MenuCards.EXAMPLES);

        connector.clear();
        post(activities.membersAdded("personal", "29:someone-else"));
        assertThat(connector.messages()).isEmpty();
    }

    @Test
    void addingTheAppToATeamIntroducesItInTheChannelButNotWhenPeopleJoin() throws Exception {
        post(activities.membersAdded("channel", TeamsActivities.BOT_ID));
        assertThat(onlyCard().toString()).contains("Hello, I'm RP Assistant").contains("Find a resource");

        connector.clear();
        post(activities.membersAdded("channel", "29:new-colleague"));
        assertThat(connector.messages()).isEmpty();
    }

    @Test
    void theInductionPathwayGoesForwardAndBackAndResumesWhereThePersonLeftOff() throws Exception {
        int steps = pathway.length();
        assertThat(steps).as("the bundled knowledge base has a pathway to walk").isGreaterThanOrEqualTo(3);
        ObjectNode restart = TeamsActivities.object().put("action", "induction").put("move", "RESTART");
        assertThat(stepOf(submit(restart))).isEqualTo("Step 1 of " + steps);
        assertThat(stepOf(submit(move("NEXT")))).isEqualTo("Step 2 of " + steps);
        assertThat(stepOf(submit(move("NEXT")))).isEqualTo("Step 3 of " + steps);
        assertThat(stepOf(submit(move("BACK")))).isEqualTo("Step 2 of " + steps);

        connector.clear();
        post(activities.personalMessage("start here"));
        JsonNode resumed = onlyCard();
        assertThat(stepOf(resumed)).isEqualTo("Step 2 of " + steps);
        assertThat(resumed.toString()).contains("Welcome back");
    }

    @Test
    void aQuestionAskedFromThePathwayCardIsAnsweredLikeATypedOneSafetyFirstIncluded() throws Exception {
        JsonNode step = submit(TeamsActivities.object().put("action", "induction").put("move", "RESTART"));
        assertThat(step.findValues("title").stream().map(JsonNode::asText)).contains("Ask a question");

        JsonNode answer = submit(TeamsActivities.object().put("action", "ask").put("question", "what is fair process"));
        assertThat(texts(answer)).anyMatch(text -> text.startsWith(
                "From: Fair process (Devon restorative practice knowledge base). Kept by the "));

        JsonNode safety = submit(TeamsActivities.object().put("action", "ask")
                .put("question", "a boy just told me his dad beats him"));
        assertThat(texts(safety).get(0)).isEqualTo(SafetyCards.HEADING);
    }

    @Test
    void theFindAResourceSearchReturnsCardsWithTeamCheckInPrompts() throws Exception {
        ObjectNode value = TeamsActivities.object().put("commandId", ResourceSearch.COMMAND);
        value.putArray("parameters").addObject().put("name", "query").put("value", "circles");

        HttpResponse<String> response = post(activities.invoke("composeExtension/query", value));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = mapper.readTree(response.body()).path("composeExtension");
        assertThat(results.path("type").asText()).isEqualTo("result");
        JsonNode first = results.path("attachments").get(0);
        assertThat(first.path("preview").path("content").path("title").asText()).containsIgnoringCase("circles");
        assertThat(first.path("content").toString()).contains("For your team check-in");
    }

    @Test
    void pressingHelpfulUpdatesThatCardAndRecordsPseudonymousFeedback() throws Exception {
        int before = feedback.recent().size();
        ObjectNode press = TeamsActivities.object().put("action", "feedback").put("helpful", "true")
                .put("sectionId", "working-with");

        post(activities.cardSubmit(press));

        assertThat(connector.received()).extracting(ConnectorStub.Received::method).containsExactly("PUT");
        ConnectorStub.Received update = connector.received().get(0);
        assertThat(update.method()).isEqualTo("PUT");
        assertThat(update.path()).endsWith("/activities/card-activity-1");
        assertThat(update.activity().toString()).contains(FeedbackTurns.THANKS_HELPFUL);
        List<Feedback> recorded = feedback.recent();
        assertThat(recorded).hasSize(before + 1);
        Feedback latest = recorded.get(recorded.size() - 1);
        assertThat(latest.sectionId()).isEqualTo("working-with");
        assertThat(latest.helpful()).isTrue();
        assertThat(latest.user()).isNotBlank().doesNotContain("aad-1").doesNotContain("29:");
    }

    @Test
    void feedbackOnASectionThatDoesNotExistIsThankedButNotRecorded() throws Exception {
        int before = feedback.recent().size();

        post(activities.cardSubmit(TeamsActivities.object().put("action", "feedback").put("helpful", "true")
                .put("sectionId", "no-such-section")));

        assertThat(connector.received()).extracting(ConnectorStub.Received::method).containsExactly("PUT");
        assertThat(feedback.recent()).hasSize(before);
    }

    @Test
    void aReasonThatDescribesAChildAtRiskGetsTheEmergencyRoutesAndIsNotKept() throws Exception {
        post(activities.cardSubmit(TeamsActivities.object().put("action", "feedback-reason")
                .put("sectionId", "fair-process")
                .put("reason", "not helpful, the boy just told me his stepdad hits him and he's scared to go home")));

        assertThat(connector.received()).extracting(ConnectorStub.Received::method).containsExactly("POST", "PUT");
        JsonNode routes = connector.received().get(0).activity();
        assertThat(texts(routes.path("attachments").get(0).path("content")).get(0)).isEqualTo(SafetyCards.HEADING);
        Feedback latest = feedback.recent().get(feedback.recent().size() - 1);
        assertThat(latest.helpful()).isFalse();
        assertThat(latest.reason()).isEmpty();
    }

    @Test
    void notHelpfulAsksWhatWasMissingAndKeepsTheReasonOnlyWithoutCaseDetails() throws Exception {
        post(activities.cardSubmit(TeamsActivities.object().put("action", "feedback").put("helpful", "false")
                .put("sectionId", "fair-process")));
        assertThat(connector.received().get(0).activity().toString()).contains("What were you looking for?");

        connector.clear();
        post(activities.cardSubmit(TeamsActivities.object().put("action", "feedback-reason")
                .put("sectionId", "fair-process").put("reason", "how to explain a plan to mum at EX4 3PX")));

        assertThat(connector.received().get(0).method()).isEqualTo("PUT");
        Feedback latest = feedback.recent().get(feedback.recent().size() - 1);
        assertThat(latest.helpful()).isFalse();
        assertThat(latest.reason()).as("a reason with case details in it is not kept at all").isEmpty();

        post(activities.cardSubmit(TeamsActivities.object().put("action", "feedback-reason")
                .put("sectionId", "fair-process").put("reason", "how to explain a plan to a parent")));
        latest = feedback.recent().get(feedback.recent().size() - 1);
        assertThat(latest.reason()).contains("how to explain a plan to a parent");
    }

    @Test
    void messagesThatDescribeAChildAtRiskGetTheEmergencyRoutesFirstAndNoPracticeAdvice() throws Exception {
        for (String message : List.of("a child just told me her stepdad hits her with a belt",
                "the 15 year old I work with has gone missing and her phone is off",
                "he says he is going to kill himself tonight")) {
            connector.clear();
            post(activities.personalMessage(message));
            JsonNode card = onlyCard();
            List<String> texts = texts(card);
            assertThat(texts.get(0)).isEqualTo(SafetyCards.HEADING);
            assertThat(card.toString()).contains("999").contains("not a referral route").contains("Front Door")
                    .contains("Emergency Duty Service").doesNotContain("Helpful");
        }
    }

    @Test
    void aQuestionWithAPostcodeAndAnNhsNumberIsAnsweredWithAReminderAndLoggedNowhere(CapturedOutput output)
            throws Exception {
        post(activities.personalMessage("what is fair process? the family at EX2 4QD, NHS 943 476 5919"));

        JsonNode card = onlyCard();
        assertThat(texts(card).get(0)).isEqualTo(AnswerCards.CASE_DETAILS);
        assertThat(card.toString()).doesNotContain("EX2 4QD").doesNotContain("943 476 5919");
        assertThat(output.getAll()).doesNotContain("EX2 4QD").doesNotContain("943 476 5919")
                .doesNotContain("the family at");
    }

    @Test
    void answersInAPersonalChatSayHowToShareThemWithATeam() throws Exception {
        post(activities.personalMessage("what does working WITH families mean?"));

        assertThat(onlyCard().toString()).contains(AnswerCards.HOW_TO_SHARE);
    }

    ObjectNode move(String move) {
        return TeamsActivities.object().put("action", "induction").put("move", move);
    }

    JsonNode submit(ObjectNode value) throws Exception {
        connector.clear();
        post(activities.cardSubmit(value));
        return onlyCard();
    }

    static String stepOf(JsonNode card) {
        return texts(card).stream().filter(text -> text.startsWith("New starter pathway: "))
                .map(text -> text.substring("New starter pathway: ".length())).findFirst().orElse("none");
    }
}
