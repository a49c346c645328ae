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

    @Test
    void aPersonAComplaintAMemoryQuestionAndALongThanksEachGetTheirOwnReply() {
        assertThat(SmallTalk.reply("can I speak to an actual human?")).hasValueSatisfying(reply ->
                assertThat(reply).contains("ask a practice lead"));
        assertThat(SmallTalk.reply("this is rubbish, it never knows anything")).hasValueSatisfying(reply ->
                assertThat(reply).startsWith("Sorry I haven't been much help").contains("topics"));
        assertThat(SmallTalk.reply("do you remember what I asked you yesterday?")).hasValueSatisfying(reply ->
                assertThat(reply).contains("each message on its own"));
        assertThat(SmallTalk.reply("Thank you so much, that's really helped me get my head straight before the visit."))
                .hasValue("You're welcome. Ask me again any time.");
        assertThat(SmallTalk.reply("sorry for all the questions!")).hasValue("No problem. Ask me whenever you're ready.");
        assertThat(SmallTalk.reply("is this thing on?")).hasValueSatisfying(reply -> assertThat(reply).startsWith("Hello"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"right", "fair enough", "hehe", "good bot", "love this tool, well done whoever built it",
            "sorry, sent that by accident", "menu", "options?", "gotta go", "erm no", "that makes no sense",
            "do you remember our convo", "which dept made this", "how is it going RP assistant",
            "you're better than the intranet search",
            "that's not what i asked", "why don't you know this", "is this confidential", "who can see what i type",
            "long day", "happy christmas", "hi rp assistant", "laters", "thnaks", "soz",
            "that's really helpful thank you, I was going round in circles with this one", "what did i ask you earlier",
            "i'd rather speak to a human tbh", "how up to date is your information", "afternoon, hope youre keeping well",
            "could you help me with some rp stuff?", "you're being really slow today", "haha ok", "nighty night",
            "that didn't really answer the question", "youre actually pretty useful", "you've been such a help",
            "sorry if this is a daft question", "thats not what i meant but fine", "ur being slow",
            "oops sorry, meant to send that to my team", "got any jokes?", "ugh long day",
            "what kind of things can i ask you about"})
    void everydayChatGetsAReplyOfItsOwn(String message) {
        assertThat(SmallTalk.reply(message)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"right", "fair enough", "long day", "i'm knackered", "i'm logging off now, bye", "helo"})
    void aFewWordsOfChatArePlainChat(String message) {
        assertThat(SmallTalk.plainChat(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks for everything, i wont need you anymore", "thank you, that's really helped",
            "that's really helpful thank you, I was going round in circles with this one", "help", "help me",
            "you're better than the intranet search and the policies on it"})
    void thanksAndLongerChatAreNeverPlainChatSoTheSafetyScreenStillCounts(String message) {
        assertThat(SmallTalk.plainChat(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks, what is fair process?", "thanks. and the restorative questions for the carer?",
            "thanks but how do I use it in supervision", "cheers - can you give me the MI spirit as well",
            "do you remember the restorative questions", "sorry I meant the FOR box",
            "how do I speak to a person who is angry", "thanks to the FGC the family made a plan, what next?",
            "a long day for the family, how do I debrief them restoratively", "hi what is the social discipline window",
            "what is restorative practice", "who do I ask about training", "help with a family who won't engage",
            "can you help me with affective statements", "can you help me with a dad who is slow to engage"})
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
