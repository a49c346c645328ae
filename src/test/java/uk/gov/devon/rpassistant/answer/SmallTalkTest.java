package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkTest {

    @ParameterizedTest
    @ValueSource(strings = {"thanks", "Thank you, that's really helpful!", "cheers mate", "hi", "Hello there",
            "good morning", "bye", "are you a bot?", "Who made you?", "what can you do", "how are you today",
            "you're a lifesaver", "what's your name", "ok thanks 👍", "👍", "sorry, never mind", "is this AI?"})
    void smallTalkGetsAShortFriendlyReply(String message) {
        assertThat(SmallTalk.reply(message)).hasValueSatisfying(reply -> {
            assertThat(reply.length()).isLessThan(300);
            assertThat(reply).doesNotContain("I don't know");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks, what is fair process?", "hi what is the social discipline window",
            "what is restorative practice", "who do I ask about training", "help with a family who won't engage"})
    void aQuestionIsNotSmallTalkEvenWithAGreetingOrThanksInIt(String message) {
        assertThat(SmallTalk.reply(message)).isEmpty();
    }

    @Test
    void aGreetingInFrontOfAQuestionIsTakenOffSoThatTheQuestionIsAnswered() {
        assertThat(SmallTalk.withoutGreeting("Hi there, what is fair process?")).isEqualTo("what is fair process?");
        assertThat(SmallTalk.withoutGreeting("hello")).isEqualTo("hello");
        assertThat(SmallTalk.withoutGreeting("history of FGC")).isEqualTo("history of FGC");
    }
}
