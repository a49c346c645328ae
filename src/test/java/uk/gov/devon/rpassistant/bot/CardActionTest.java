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

    @Test
    void eachActionReadsBackFromTheDataItsButtonCarries() {
        List<CardAction> actions = List.of(new CardAction.Section("fair-process/engagement"),
                new CardAction.Ask(Optional.of("what is fair process")), new CardAction.Topics(),
                new CardAction.Topic("Restorative practice"), new CardAction.Start(),
                new CardAction.Induction(InductionTurns.Move.NEXT), new CardAction.Feedback("fair-process", false),
                new CardAction.FeedbackReason("fair-process", true, ""), new CardAction.RemindWeekly(),
                new CardAction.StopReminders());

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
