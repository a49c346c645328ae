package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.knowledge.Contact;

/** Renders each kind of {@link Answer} as an Adaptive Card, always with who to ask next. */
@Component
class AnswerCards {

    static final String NOT_KNOWN = "I don't know that one yet.";

    Attachment render(Answer answer) {
        if (answer instanceof Answer.Found found) {
            return found(found);
        }
        if (answer instanceof Answer.Choices choices) {
            return choices(choices);
        }
        if (answer instanceof Answer.SafetyFirst safety) {
            return SafetyCards.render(safety);
        }
        return notKnown((Answer.NotKnown) answer);
    }

    private Attachment found(Answer.Found found) {
        Cards card = new Cards(found.heading() + ". " + found.passage());
        found.didYouMean().ifPresent(corrected -> card.text("Showing results for: " + corrected, true));
        card.heading(found.heading()).text(found.passage(), false)
                .text("From: " + found.documentTitle() + " (Devon restorative practice knowledge base)", true);
        contactLine(found.contact()).ifPresent(line -> card.text(line, false));
        found.links().stream().findFirst().ifPresent(link -> card.action(Cards.openUrl("Read more: " + link.title(),
                link.url())));
        card.action(Cards.submit("Helpful", Map.of("action", "feedback", "helpful", "true",
                "sectionId", found.sectionId())));
        card.action(Cards.submit("Not helpful", Map.of("action", "feedback", "helpful", "false",
                "sectionId", found.sectionId())));
        return card.attachment();
    }

    private Attachment choices(Answer.Choices choices) {
        Cards card = new Cards("I'm not sure which of these you mean.");
        choices.didYouMean().ifPresent(corrected -> card.text("Did you mean: " + corrected + "?", true));
        card.heading("Did you mean one of these?")
                .text("I'm not sure I've understood. Choose the closest, or ask in other words.", false);
        List<ObjectNode> buttons = choices.choices().stream()
                .map(choice -> Cards.submit(choice.title(), Map.of("action", "section", "sectionId", choice.sectionId())))
                .toList();
        card.buttons(buttons);
        contactLine(choices.contact()).ifPresent(line -> card.text(line, true));
        return card.attachment();
    }

    private Attachment notKnown(Answer.NotKnown notKnown) {
        Cards card = new Cards(NOT_KNOWN);
        card.heading(NOT_KNOWN)
                .text("I only know about restorative practice and Motivational Interviewing in Devon Children's "
                        + "Services, so I'd rather not guess.", false);
        contactLine(notKnown.contact()).ifPresent(line -> card.text(line, false));
        card.text("Type **topics** to see what I can help with.", false);
        card.action(Cards.submit("Show topics", Map.of("action", "topics")));
        return card.attachment();
    }

    /** "Who to ask: name, email ..., phone ... (hours)", from the contacts data file. */
    static Optional<String> contactLine(Optional<Contact> contact) {
        return contact.map(each -> "Who to ask: " + ContactText.describe(each));
    }
}
