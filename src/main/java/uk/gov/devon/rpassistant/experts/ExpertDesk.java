package uk.gov.devon.rpassistant.experts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.devon.rpassistant.insights.StorableText;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;
import uk.gov.devon.rpassistant.privacy.CaseDetails;

/**
 * Takes a question for a practice lead: checks that it is safe to send and keep, guesses its topic and nearest
 * documents from the knowledge base, picks the channel for that topic, and keeps it. Nothing here knows Teams.
 */
public class ExpertDesk {

    /** The most a question or a note may be (the form's boxes allow this much). */
    public static final int MAX_LENGTH = 500;
    private static final int NEAREST = 3;
    /**
     * How close in meaning (cosine) a section must be for its document to be listed as near the question, and, for
     * the closest, for its topic to route the question. Below these the question is about something the knowledge
     * base does not cover ("how do I claim mileage?" is 0.38 from the nearest section), and it goes to the
     * default channel with no guess.
     */
    static final double NEAR = 0.40;
    static final double TOPIC = 0.45;

    /** What became of a question sent from the form. */
    public sealed interface Submission {
        /** Kept and ready to post. */
        record Accepted(ExpertQuestion question) implements Submission {
        }

        /** Not sent: nothing was typed, or the text may still hold case details or a name. */
        record Refused(Reason reason, String question, String note) implements Submission {
        }
    }

    public enum Reason { EMPTY, CASE_DETAILS, POSSIBLE_NAME }

    private final ExpertQuestions questions;
    private final ExpertsProperties properties;
    private final KnowledgeBase knowledgeBase;
    private final CaseDetails caseDetails;
    private final StorableText storable;
    private final Clock clock;

    public ExpertDesk(ExpertQuestions questions, ExpertsProperties properties, KnowledgeBase knowledgeBase,
            CaseDetails caseDetails, StorableText storable, Clock clock) {
        this.questions = questions;
        this.properties = properties;
        this.knowledgeBase = knowledgeBase;
        this.caseDetails = caseDetails;
        this.storable = storable;
        this.clock = clock;
    }

    public boolean enabled() {
        return properties.enabled();
    }

    public ExpertsProperties properties() {
        return properties;
    }

    /** A question as the form shows it first: case details already taken out, at most the form's length. */
    public String prefill(String text) {
        return clean(caseDetails.redact(text));
    }

    /**
     * Keeps the question for a practice lead, or refuses it. The question and the note must both pass the rule for
     * text that may be kept ({@link StorableText}): no case details, and no capitalised word that may be a name.
     */
    public Submission submit(String askerKey, String askerConversationKey, String question, String note) {
        String asked = clean(question);
        String noted = clean(note);
        if (asked.isEmpty()) {
            return new Submission.Refused(Reason.EMPTY, asked, noted);
        }
        if (caseDetails.found(asked) || caseDetails.found(noted)) {
            return new Submission.Refused(Reason.CASE_DETAILS, prefill(asked), prefill(noted));
        }
        if (storable.of(asked).isEmpty() || (!noted.isEmpty() && storable.of(noted).isEmpty())) {
            return new Submission.Refused(Reason.POSSIBLE_NAME, asked, noted);
        }
        KnowledgeBase version = knowledgeBase.pinned();
        List<Candidate> close = version.search(asked).candidates().stream()
                .filter(candidate -> candidate.similarity() >= NEAR).toList();
        List<KnowledgeDocument> nearest = nearest(version, close);
        Optional<String> topic = close.stream().findFirst().filter(best -> best.similarity() >= TOPIC)
                .flatMap(best -> version.content().document(best.section().documentId()))
                .map(KnowledgeDocument::topic);
        ExpertQuestion kept = ExpertQuestion.asked(UUID.randomUUID().toString(), clock.instant(), askerKey,
                askerConversationKey, asked, Optional.of(noted).filter(text -> !text.isEmpty()), topic,
                nearest.stream().map(document -> new ExpertQuestion.NearestDocument(document.id(), document.title()))
                        .toList(), properties.channelFor(topic));
        questions.add(kept);
        return new Submission.Accepted(kept);
    }

    /** The documents of the close sections, best first, each once. */
    private static List<KnowledgeDocument> nearest(KnowledgeBase version, List<Candidate> close) {
        Map<String, KnowledgeDocument> documents = new LinkedHashMap<>();
        for (Candidate candidate : close) {
            version.content().document(candidate.section().documentId())
                    .ifPresent(document -> documents.putIfAbsent(document.id(), document));
            if (documents.size() == NEAREST) {
                break;
            }
        }
        return List.copyOf(documents.values());
    }

    private static String clean(String text) {
        String cleaned = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }
}
