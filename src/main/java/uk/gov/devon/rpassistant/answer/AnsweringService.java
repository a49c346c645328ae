package uk.gov.devon.rpassistant.answer;

import java.util.List;
import java.util.Optional;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.Contact;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;
import uk.gov.devon.rpassistant.knowledge.SearchMode;
import uk.gov.devon.rpassistant.knowledge.SearchResult;
import uk.gov.devon.rpassistant.knowledge.Section;
import uk.gov.devon.rpassistant.privacy.CaseDetails;
import uk.gov.devon.rpassistant.safety.RiskScreen;

/** Turns a question into an answer from the knowledge base, honestly: answer, offer choices, or say so. */
public class AnsweringService {

    /** The contact for anything about training, and for questions the knowledge base cannot answer. */
    public static final String TRAINING_CONTACT = "social-work-academy";

    /** The emergency routes, in the order they are shown, from the contacts data file. */
    public static final List<String> EMERGENCY_ROUTES = List.of("police-emergency", "front-door",
            "emergency-duty-service");

    /** How many other sections of the answer's document are offered under it. */
    static final int MORE_IN_DOCUMENT = 4;

    private final KnowledgeBase knowledgeBase;
    private final ConfidencePolicy policy;
    private final RiskScreen riskScreen;
    private final CaseDetails caseDetails;

    public AnsweringService(KnowledgeBase knowledgeBase, ConfidencePolicy policy, RiskScreen riskScreen,
            CaseDetails caseDetails) {
        this.knowledgeBase = knowledgeBase;
        this.policy = policy;
        this.riskScreen = riskScreen;
        this.caseDetails = caseDetails;
    }

    /**
     * The reply to what someone typed: the emergency routes first when it describes a child at risk; otherwise
     * the answer to the question with any case details taken out before searching, and a reminder if there
     * were some. Nothing of the message is kept.
     */
    public Reply reply(String message) {
        boolean details = caseDetails.found(message);
        String question = details ? caseDetails.remove(message) : message;
        float[] meaning = knowledgeBase.meaning(question);
        if (riskScreen.describesRisk(message, meaning)) {
            return new Reply(safetyFirst(), details);
        }
        return new Reply(answer(question, knowledgeBase.search(question, meaning)), details);
    }

    private Answer.SafetyFirst safetyFirst() {
        return new Answer.SafetyFirst(EMERGENCY_ROUTES.stream().map(this::contact).flatMap(Optional::stream).toList());
    }

    /** The same path with a chosen search mode, so that the evaluation can show what each part earns. */
    public Answer answer(String question, SearchMode mode) {
        return answer(question, knowledgeBase.search(question, mode));
    }

    private Answer answer(String question, SearchResult result) {
        return switch (policy.band(result)) {
            case ANSWER -> found(result.candidates().get(0).section(), question, result.correctedQuestion());
            case CHOICES -> new Answer.Choices(
                    policy.choices(result).stream().map(Candidate::section).map(this::choice).toList(),
                    trainingContact(), result.correctedQuestion());
            case NOT_KNOWN -> new Answer.NotKnown(trainingContact());
        };
    }

    /** The answer when a person picks a section (from topics or choices): that section, from its start. */
    public Answer answerSection(String sectionId) {
        return knowledgeBase.section(sectionId)
                .<Answer>map(section -> found(section, "", Optional.empty()))
                .orElseGet(() -> new Answer.NotKnown(trainingContact()));
    }

    private Answer.Found found(Section section, String question, Optional<String> didYouMean) {
        KnowledgeDocument document = knowledgeBase.content().document(section.documentId()).orElseThrow();
        String passage = question.isBlank()
                ? knowledgeBase.passage(section, section.heading())
                : knowledgeBase.passage(section, didYouMean.orElse(question));
        List<Answer.Choice> more = document.sections().stream().filter(other -> !other.id().equals(section.id()))
                .limit(MORE_IN_DOCUMENT).map(this::choice).toList();
        return new Answer.Found(section.id(), document.title(), section.isLead() ? document.title() : section.heading(),
                passage, document.links(), contact(document.contactId()), didYouMean, more);
    }

    private Answer.Choice choice(Section section) {
        KnowledgeDocument document = knowledgeBase.content().document(section.documentId()).orElseThrow();
        return new Answer.Choice(section.id(), document.title(), section.isLead() ? document.title()
                : section.heading());
    }

    public Optional<Contact> contact(String id) {
        return knowledgeBase.content().contact(id);
    }

    private Optional<Contact> trainingContact() {
        return contact(TRAINING_CONTACT);
    }

    public List<Contact> contacts() {
        return knowledgeBase.content().contacts();
    }
}
