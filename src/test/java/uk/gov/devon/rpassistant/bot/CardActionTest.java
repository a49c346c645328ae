package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every card action reads back as what was built; anything malformed reads as nothing. */
class CardActionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String QUESTION_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void eachActionReadsBackFromTheDataItsButtonCarries() {
        List<CardAction> actions = List.of(new CardAction.Section("fair-process/engagement"),
                new CardAction.Ask(Optional.of("what is fair process")), new CardAction.Topics(),
                new CardAction.Topic("Restorative practice"), new CardAction.Start(),
                new CardAction.Induction(InductionTurns.Move.NEXT), new CardAction.Feedback("fair-process", false),
                new CardAction.FeedbackReason("fair-process", true, ""),
                new CardAction.AskLead(Optional.of("how do I claim mileage")), new CardAction.AskLead(Optional.empty()),
                new CardAction.SendToLead("", ""), new CardAction.Claim(QUESTION_ID),
                new CardAction.Reply(QUESTION_ID, ""), new CardAction.RateAnswer(QUESTION_ID, true),
                new CardAction.RemindWeekly(), new CardAction.StopReminders());

        for (CardAction action : actions) {
            assertThat(CardAction.read(MAPPER.valueToTree(action.data()))).contains(action);
        }
    }

    @Test
    void whatWasTypedIntoTheCardComesWithThePress() {
        ObjectNode pressed = MAPPER.valueToTree(new CardAction.FeedbackReason("fair-process", false, "").data());
        pressed.put("reason", "  how to end a circle ");
        assertThat(CardAction.read(pressed)).contains(new CardAction.FeedbackReason("fair-process", false,
                "how to end a circle"));

        ObjectNode asked = MAPPER.valueToTree(new CardAction.Ask(Optional.empty()).data());
        asked.put("question", "what is a circle");
        assertThat(CardAction.read(asked)).contains(new CardAction.Ask(Optional.of("what is a circle")));

        ObjectNode form = MAPPER.valueToTree(new CardAction.SendToLead("", "").data());
        form.put("question", "how do I start a circle").put("note", "new team");
        assertThat(CardAction.read(form)).contains(new CardAction.SendToLead("how do I start a circle", "new team"));

        ObjectNode answered = MAPPER.valueToTree(new CardAction.Reply(QUESTION_ID, "").data());
        answered.put("answer", "Start with a check-in.");
        assertThat(CardAction.read(answered)).contains(new CardAction.Reply(QUESTION_ID, "Start with a check-in."));
    }

    @Test
    void aQuestionIdMustBeOneTheBotCouldHaveMade() {
        assertThat(CardAction.read(MAPPER.createObjectNode().put("action", "lead-claim"))).isEmpty();
        assertThat(CardAction.read(MAPPER.createObjectNode().put("action", "lead-claim").put("id", "1 or 1=1")))
                .isEmpty();
        assertThat(CardAction.read(MAPPER.createObjectNode().put("action", "lead-reply").put("id", QUESTION_ID + "x")))
                .isEmpty();
    }

    @Test
    void unknownOrMalformedPressesReadAsNothing() {
        assertThat(CardAction.read(MAPPER.createObjectNode().put("action", "launch-missiles"))).isEmpty();
        assertThat(CardAction.read(MAPPER.createObjectNode().put("action", "induction").put("move", "SIDEWAYS")))
                .isEmpty();
        assertThat(CardAction.read(MAPPER.createObjectNode().put("action", "section"))).isEmpty();
        ObjectNode retyped = MAPPER.createObjectNode().put("action", "feedback");
        retyped.putArray("sectionId").add("x");
        assertThat(CardAction.read(retyped)).isEmpty();
        assertThat(CardAction.read(MAPPER.createArrayNode())).isEmpty();
        assertThat(CardAction.read(null)).isEmpty();
    }
}
