package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.answer.TopicCatalogue;

/** The help, topics and contacts cards. */
@Component
class MenuCards {

    static final List<String> EXAMPLES = List.of(
            "What is restorative practice?",
            "What does working WITH families mean?",
            "How do I book restorative practice training?");

    static final String NOT_A_REFERRAL = "I'm not a referral route. If a child is in immediate danger, call 999. "
            + "Please don't type a child's or family's details here.";

    private final TopicCatalogue catalogue;
    private final AnsweringService answers;

    MenuCards(TopicCatalogue catalogue, AnsweringService answers) {
        this.catalogue = catalogue;
        this.answers = answers;
    }

    Attachment help() {
        Cards card = new Cards("I answer questions about restorative practice in Devon Children's Services.");
        card.heading("RP Assistant: restorative practice in Devon")
                .text("Ask me about restorative practice, working WITH families, Motivational Interviewing, "
                        + "family group conferences, training and who to contact. I answer from Devon's "
                        + "restorative practice material and always say where the answer came from.", false)
                .text("Try asking:", false)
                .choices(exampleButtons())
                .text("Or type **topics**, **start here** (for new starters) or **contacts**. If I can't answer, "
                        + "type **ask a practice lead**.", false)
                .text(NOT_A_REFERRAL, true);
        card.action(Cards.submit("Show topics", new CardAction.Topics()));
        card.action(Cards.submit("Start here", new CardAction.Start()));
        return card.attachment();
    }

    /** The example questions as buttons that ask them. */
    static List<ObjectNode> exampleButtons() {
        return EXAMPLES.stream().map(example -> Cards.submit(example, new CardAction.Ask(java.util.Optional.of(example))))
                .toList();
    }

    /** The topics, one a row; choosing one lists its documents. */
    Attachment topics() {
        Cards card = new Cards("Topics I can help with. Choose one to see what it covers.");
        card.heading("Topics").text("Choose a topic to see what it covers.", true);
        card.choices(catalogue.topics().stream()
                .map(topic -> Cards.submit(topic.name() + " (" + topic.documents().size() + ")",
                        new CardAction.Topic(topic.name())))
                .toList());
        return card.attachment();
    }

    /** One topic's documents, one a row; choosing one answers with it. */
    Attachment topic(String name) {
        return catalogue.topics().stream().filter(topic -> topic.name().equals(name)).findFirst()
                .map(topic -> {
                    Cards card = new Cards(topic.name() + ". Choose one to read about it.");
                    card.heading(topic.name()).text("Choose one to read about it.", true);
                    card.choices(topic.documents().stream().map(document -> Cards.submit(document.title(),
                            new CardAction.Section(document.sectionId()))).toList());
                    card.action(Cards.submit("All topics", new CardAction.Topics()));
                    return card.attachment();
                })
                .orElseGet(this::topics);
    }

    Attachment contacts() {
        Cards card = new Cards("Who to contact.");
        card.heading("Who to contact");
        answers.contacts().forEach(contact -> card.text(ContactText.withPurpose(contact), false));
        card.text("If a child is in immediate danger, call 999.", true);
        return card.attachment();
    }
}
