package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The words that are commands, however they are typed; anything longer is a question. */
class CommandTest {

    @Test
    void stopRemindersInTheWaysPeopleSayIt() {
        for (String text : new String[] {"stop reminders", "Stop reminders.", "STOP REMINDERS!", "stop reminding me",
                "no more reminders", "unsubscribe"}) {
            assertThat(Command.of(text)).as(text).contains(Command.STOP_REMINDERS);
        }
    }

    @Test
    void aQuestionThatMentionsRemindersIsStillAQuestion() {
        assertThat(Command.of("stop")).isEmpty();
        assertThat(Command.of("how do I stop a meeting running over")).isEmpty();
        assertThat(Command.of("stop reminders about supervision in outlook")).isEmpty();
    }

    @Test
    void askingAPersonInTheWaysPeopleSayIt() {
        for (String text : new String[] {"ask a practice lead", "Ask a practice lead?", "ask an expert",
                "talk to a person"}) {
            assertThat(Command.of(text)).as(text).contains(Command.ASK_LEAD);
        }
        assertThat(Command.of("can I ask a practice lead about circles")).isEmpty();
    }

    /** Teams offers the manifest's commands in its command menu: each must be one the bot knows. */
    @Test
    void everyCommandInTheTeamsManifestIsOneTheBotKnows() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Path.of("deployment/teams/manifest.template.json").toFile());
        var titles = manifest.findValues("commandLists").stream().flatMap(lists -> java.util.stream.StreamSupport
                .stream(lists.spliterator(), false)).flatMap(list -> java.util.stream.StreamSupport
                .stream(list.path("commands").spliterator(), false)).map(command -> command.path("title").asText())
                .toList();
        assertThat(titles).contains("ask a practice lead", "stop reminders");
        for (String title : titles) {
            assertThat(Command.of(title)).as(title).isPresent();
        }
    }
}
