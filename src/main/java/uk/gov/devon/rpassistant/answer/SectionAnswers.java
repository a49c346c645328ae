package uk.gov.devon.rpassistant.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.devon.rpassistant.knowledge.Contact;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;
import uk.gov.devon.rpassistant.knowledge.Section;

/**
 * What a reply says about a section, from one version of the knowledge base: the answer with its passage, the
 * other parts of its document, its contact and how fresh it is; a section offered as a choice or as "or did you
 * mean"; and who to ask when nothing answers.
 */
final class SectionAnswers {

    /** How many other sections of the answer's document are offered under it. */
    static final int MORE_IN_DOCUMENT = 4;

    private final KnowledgeBase knowledgeBase;
    private final Clock clock;

    SectionAnswers(KnowledgeBase knowledgeBase, Clock clock) {
        this.knowledgeBase = knowledgeBase;
        this.clock = clock;
    }

    /** The section as the answer; a blank question shows it from its start. */
    Answer.Found found(Section section, String question, Optional<String> didYouMean,
            Optional<Answer.Alternative> alternative) {
        KnowledgeDocument document = document(section);
        String passage = question.isBlank()
                ? knowledgeBase.passage(section, section.heading())
                : knowledgeBase.passage(section, question);
        List<Answer.Choice> more = document.sections().stream().filter(other -> !other.id().equals(section.id()))
                .limit(MORE_IN_DOCUMENT).map(this::choice).toList();
        return new Answer.Found(section.id(), document.title(), section.isLead() ? document.title() : section.heading(),
                passage, document.links(), knowledgeBase.content().contact(document.contactId()), didYouMean, more,
                alternative, freshness(document));
    }

    /** The section offered beside an answer, with the first sentence of its passage for the question. */
    Answer.Alternative alternative(Section section, String question) {
        return new Answer.Alternative(choice(section),
                Previews.firstSentence(knowledgeBase.passage(section, question)));
    }

    Answer.Choice choice(Section section) {
        KnowledgeDocument document = document(section);
        return new Answer.Choice(section.id(), document.title(), section.isLead() ? document.title()
                : section.heading());
    }

    /** Who to ask about training, and about what the knowledge base cannot answer. */
    Optional<Contact> trainingContact() {
        return knowledgeBase.content().contact(AnsweringService.TRAINING_CONTACT);
    }

    private KnowledgeDocument document(Section section) {
        return knowledgeBase.content().document(section.documentId()).orElseThrow();
    }

    private Answer.Freshness freshness(KnowledgeDocument document) {
        LocalDate today = LocalDate.now(clock.withZone(EmergencyRoutes.DEVON));
        return new Answer.Freshness(document.owner(), document.reviewed(), document.reviewBy(),
                document.reviewBy() != null && today.isAfter(document.reviewBy()));
    }
}
