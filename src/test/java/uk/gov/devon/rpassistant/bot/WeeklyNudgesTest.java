package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import uk.gov.devon.rpassistant.RpAssistantApplication;
import uk.gov.devon.rpassistant.induction.InductionPathway;
import uk.gov.devon.rpassistant.state.TestDatabases;

/**
 * Weekly nudges back to the new starters' pathway, end to end: opt-in and "stop reminders" over real HTTP at
 * /api/messages, nudges sent by the job at fixed moments to a local server playing the Bot Connector, and the
 * application's clock set to each moment. London is on GMT in these weeks, so London time is UTC.
 */
@ExtendWith(OutputCaptureExtension.class)
class WeeklyNudgesTest {

    /** Monday 30 November 2026, 09:00 in London. */
    private static final Instant OPTED_IN = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant SUNDAY_MORNING = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant MONDAY_BEFORE_NINE = Instant.parse("2026-12-07T08:30:00Z");
    private static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T09:15:00Z");
    private static final Instant MONDAY_LATER = Instant.parse("2026-12-07T09:30:00Z");
    private static final Instant NEXT_MONDAY = Instant.parse("2026-12-14T09:15:00Z");

    private static final ConnectorStub connector = new ConnectorStub();
    private static final SettableClock clock = new SettableClock();
    private static final ObjectMapper mapper = new ObjectMapper();
    private static ConfigurableApplicationContext application;


    @BeforeAll
    static void startApplication() {
        application = start(TestDatabases.h2Url());
    }

    @AfterAll
    static void stopApplication() {
        application.close();
        connector.close();
    }

    @BeforeEach
    void optInTime() {
        clock.set(OPTED_IN);
        connector.clear();
    }

    @Test
    void anOptedInStarterGetsOneNudgeOnTheRightMorningForTheStepTheyAreOn() throws Exception {
        Starter starter = new Starter("opted-in", connector);
        post(starter.says("start here"));
        assertThat(lastMessage()).contains("Step 1 of").contains("Remind me weekly");
        post(starter.presses(new CardAction.Induction(InductionTurns.Move.NEXT)));
        post(starter.presses(new CardAction.RemindWeekly()));
        assertThat(lastMessage()).contains("I'll remind you on Monday mornings. Type **stop reminders** to stop.");
        String nextTitle = pathway().step(2).orElseThrow().title();

        assertThat(sendDue(SUNDAY_MORNING)).isZero();
        assertThat(sendDue(MONDAY_BEFORE_NINE)).isZero();
        assertThat(nudgesTo(starter)).isEmpty();

        sendDue(MONDAY_MORNING);
        List<JsonNode> nudges = nudgesTo(starter);
        assertThat(nudges).hasSize(1);
        assertThat(nudges.get(0).toString()).contains("Next: " + nextTitle + ", ").contains(" minute")
                .contains("Stop reminders");

        sendDue(MONDAY_LATER);
        assertThat(nudgesTo(starter)).as("one nudge a morning").hasSize(1);

        sendDue(NEXT_MONDAY);
        assertThat(nudgesTo(starter)).as("and again a week later").hasSize(2);
    }

    @Test
    void theNudgesButtonOpensTheStepTheStarterIsOn() throws Exception {
        Starter starter = new Starter("opens", connector);
        post(starter.says("start here"));
        post(starter.presses(new CardAction.Induction(InductionTurns.Move.NEXT)));
        post(starter.presses(new CardAction.Induction(InductionTurns.Move.NEXT)));
        post(starter.presses(new CardAction.RemindWeekly()));
        sendDue(MONDAY_MORNING);
        JsonNode open = nudgesTo(starter).get(0).findValues("actions").get(0).get(0);
        assertThat(open.path("title").asText()).isEqualTo("Open step 3");

        clock.set(MONDAY_MORNING);
        post(starter.presses((ObjectNode) open.path("data")));

        assertThat(lastMessage()).contains("Welcome back. You were on step 3").contains("Step 3 of")
                .as("the card now offers to stop them").contains("Stop reminders").doesNotContain("Remind me weekly");
    }

    @Test
    void aStarterWhoDidNotOptInGetsNoNudge() throws Exception {
        Starter starter = new Starter("not-opted-in", connector);
        post(starter.says("start here"));
        post(starter.presses(new CardAction.Induction(InductionTurns.Move.NEXT)));

        sendDue(MONDAY_MORNING);
        sendDue(NEXT_MONDAY);

        assertThat(nudgesTo(starter)).isEmpty();
    }

    @Test
    void stopRemindersEndsThemAtOnceTypedOrPressed() throws Exception {
        Starter typed = new Starter("stops-typing", connector);
        post(typed.says("start here"));
        post(typed.presses(new CardAction.RemindWeekly()));
        post(typed.says("Stop reminders"));
        assertThat(lastMessage()).contains("Done: no more reminders");
        post(typed.says("stop reminders"));
        assertThat(lastMessage()).contains("You have no reminders.");

        Starter pressed = new Starter("stops-pressing", connector);
        post(pressed.says("start here"));
        post(pressed.presses(new CardAction.RemindWeekly()));
        post(pressed.presses(new CardAction.StopReminders()));
        assertThat(lastMessage()).contains("Done: no more reminders");

        sendDue(MONDAY_MORNING);
        assertThat(nudgesTo(typed)).isEmpty();
        assertThat(nudgesTo(pressed)).isEmpty();
    }

    @Test
    void reachingTheLastStepEndsTheNudges() throws Exception {
        Starter starter = new Starter("finisher", connector);
        post(starter.says("start here"));
        post(starter.presses(new CardAction.RemindWeekly()));
        for (int step = 2; step <= pathway().length(); step++) {
            post(starter.presses(new CardAction.Induction(InductionTurns.Move.NEXT)));
        }
        assertThat(lastMessage()).contains("That's the last step").doesNotContain("Stop reminders")
                .doesNotContain("Remind me weekly");

        sendDue(MONDAY_MORNING);

        assertThat(nudgesTo(starter)).isEmpty();
    }

    @Test
    void aNudgeThatCannotBeDeliveredIsLoggedWithoutItsTextAndSentAtTheNextCheck(CapturedOutput output)
            throws Exception {
        ConnectorStub unreachable = new ConnectorStub();
        Starter starter = new Starter("unreachable", unreachable);
        post(starter.says("start here"));
        post(starter.presses(new CardAction.RemindWeekly()));
        unreachable.close();

        sendDue(MONDAY_MORNING);
        assertThat(output).contains("A weekly nudge was not sent")
                .doesNotContain("Next: " + pathway().step(1).orElseThrow().title());

        // Teams reaches the bot again through a service address that works; the nudge follows at the next check.
        Starter back = new Starter("unreachable", connector);
        clock.set(MONDAY_MORNING);
        post(back.says("help"));
        sendDue(MONDAY_LATER);
        assertThat(nudgesTo(back)).hasSize(1);
    }

    @Test
    void nudgesAreKeptInTheDatabaseThroughARestartOnPostgresql() throws Exception {
        String database = TestDatabases.postgresUrl();
        Starter starter = new Starter("restarted", connector);
        try (ConfigurableApplicationContext first = start(database)) {
            post(first, starter.says("start here"));
            post(first, starter.presses(new CardAction.RemindWeekly()));
        }
        try (ConfigurableApplicationContext restarted = start(database)) {
            restarted.getBean(WeeklyNudges.class).sendDue(MONDAY_MORNING);
        }
        assertThat(nudgesTo(starter)).hasSize(1);
    }

    /** A new starter with their own id and personal chat, reached through {@code connector}. */
    private record Starter(String name, ConnectorStub connector) {

        String conversationId() {
            return "a:" + name;
        }

        ObjectNode says(String text) {
            ObjectNode activity = activities().personalMessage(text);
            return as(activity);
        }

        ObjectNode presses(CardAction action) {
            return presses((ObjectNode) mapper.valueToTree(action.data()));
        }

        ObjectNode presses(ObjectNode data) {
            return as(activities().cardSubmit(data.deepCopy()));
        }

        private TeamsActivities activities() {
            return new TeamsActivities(connector.serviceUrl());
        }

        private ObjectNode as(ObjectNode activity) {
            ((ObjectNode) activity.get("from")).put("id", "29:" + name).put("aadObjectId", "aad-" + name);
            ((ObjectNode) activity.get("conversation")).put("id", conversationId());
            return activity;
        }
    }

    private int sendDue(Instant now) {
        clock.set(now);
        return application.getBean(WeeklyNudges.class).sendDue(now);
    }

    private static InductionPathway pathway() {
        return application.getBean(InductionPathway.class);
    }

    /** The nudges posted in this starter's chat. */
    private static List<JsonNode> nudgesTo(Starter starter) {
        return connector.received().stream()
                .filter(received -> "POST".equals(received.method())
                        && received.path().startsWith("/v3/conversations/" + starter.conversationId() + "/activities"))
                .map(ConnectorStub.Received::activity)
                .filter(activity -> activity.toString().contains("Next: "))
                .toList();
    }

    private static String lastMessage() {
        List<ConnectorStub.Received> received = connector.received();
        assertThat(received).isNotEmpty();
        return received.get(received.size() - 1).activity().toString();
    }

    private void post(JsonNode activity) throws Exception {
        post(application, activity);
    }

    private static void post(ConfigurableApplicationContext instance, JsonNode activity) throws Exception {
        RunningApps.post(instance, activity);
    }

    /** The application with the test's clock, and the job's own checks a day apart so that only the test runs it. */
    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(RpAssistantApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("testClock", Clock.class,
                        () -> clock, definition -> definition.setPrimary(true)))
                .run(RunningApps.arguments(database, "--nudges.check-interval=1d", "--bot.rate-limit.burst=100"));
    }

    /** A clock the test moves from one moment to the next. */
    private static final class SettableClock extends Clock {

        private final AtomicReference<Instant> now = new AtomicReference<>(OPTED_IN);

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the application's clock is UTC");
        }
    }
}
