package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

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
}
