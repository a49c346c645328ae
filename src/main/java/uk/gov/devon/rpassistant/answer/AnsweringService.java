package uk.gov.devon.rpassistant.answer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.devon.rpassistant.knowledge.BankHolidays;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.Contact;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.SearchMode;
import uk.gov.devon.rpassistant.knowledge.SearchResult;
import uk.gov.devon.rpassistant.knowledge.Section;
import uk.gov.devon.rpassistant.knowledge.TextClassifier;
import uk.gov.devon.rpassistant.privacy.CaseDetails;
import uk.gov.devon.rpassistant.safety.RiskLevel;
import uk.gov.devon.rpassistant.safety.RiskScreen;

/**
 * Turns a message into a reply, honestly: the emergency routes first when a child may be at risk; a short reply
 * to small talk; a contact when that is what is asked for; otherwise an answer from the knowledge base, choices,
 * or "I don't know" with who to ask, also when the scope screen (a {@link TextClassifier} trained on questions
 * outside what the assistant knows, {@code answer/scope-<model>.tsv}) says the question is not one for it.
 */
public class AnsweringService {

    /** The contact for anything about training, and for questions the knowledge base cannot answer. */
    public static final String TRAINING_CONTACT = "social-work-academy";

    private final KnowledgeBase live;
    private final ConfidencePolicy policy;
    private final RiskScreen riskScreen;
    private final CaseDetails caseDetails;
    private final Clock clock;
    private final EmergencyRoutes emergencyRoutes;
    private final SmallTalk smallTalk;
    private final TextClassifier scope;

    public AnsweringService(KnowledgeBase knowledgeBase, ConfidencePolicy policy, RiskScreen riskScreen,
            CaseDetails caseDetails, Clock clock, BankHolidays bankHolidays, SmallTalk smallTalk,
            TextClassifier scope) {
        this.live = knowledgeBase;
        this.policy = policy;
        this.riskScreen = riskScreen;
        this.caseDetails = caseDetails;
        this.clock = clock;
        this.emergencyRoutes = new EmergencyRoutes(clock, bankHolidays);
        this.smallTalk = smallTalk;
        this.scope = scope;
    }

    /**
     * The reply to what someone typed. Case details are taken out before anything else looks at the text, and
     * nothing of the message is kept. The whole reply comes from one version of the knowledge base.
     */
    public Reply reply(String message) {
        return new Asking(live.pinned()).reply(message);
    }

    /** The same path with a chosen search mode, so that the evaluation can show what each part earns. */
    public Answer answer(String question, SearchMode mode) {
        return new Asking(live.pinned()).answer(question, mode);
    }

    /** The answer when a person picks a section (from topics or choices): that section, from its start. */
    public Answer answerSection(String sectionId) {
        return new Asking(live.pinned()).answerSection(sectionId);
    }

    public Optional<Contact> contact(String id) {
        return live.content().contact(id);
    }

    public List<Contact> contacts() {
        return live.content().contacts();
    }

    private static String subject(Answer answer) {
        return answer instanceof Answer.Found found ? found.sectionId() : answer.toString();
    }

    /** One question's work, on one version of the knowledge base. */
    private final class Asking {

        private final KnowledgeBase knowledgeBase;
        private final SectionAnswers sections;
        private final SearchAdditions additions = new SearchAdditions();

        Asking(KnowledgeBase knowledgeBase) {
            this.knowledgeBase = knowledgeBase;
            this.sections = new SectionAnswers(knowledgeBase, clock);
        }

        Reply reply(String message) {
            boolean details = caseDetails.found(message);
            String question = SmallTalk.withoutGreeting(details ? caseDetails.remove(message) : message);
            float[] meaning = knowledgeBase.meaning(question);
            RiskLevel risk = riskScreen.assess(message, meaning);
            if (risk == RiskLevel.CLEAR) {
                return new Reply(new Answer.SafetyFirst(emergencyRoutes.now(contacts()), Optional.empty(), true),
                        details);
            }
            Optional<String> chat = SmallTalk.reply(message);
            if (risk == RiskLevel.POSSIBLE && SmallTalk.plainChat(message) && !riskScreen.matchesPhrase(message)) {
                // The whole message is small talk by rule ("right", "long day", "bye"): the classifier's doubt
                // about a few words is not a risk described. A phrase-list match, and "help", still get the routes.
                risk = RiskLevel.NONE;
            }
            Answer answer = chat.or(() -> smallTalk.reply(question, meaning)).<Answer>map(Answer.SmallTalk::new)
                    .orElseGet(() -> answerQuestion(question, meaning));
            if (risk == RiskLevel.POSSIBLE) {
                // Under the routes, an answer; but never a pleasantry ("You're welcome") under what may be a risk.
                answer = new Answer.SafetyFirst(emergencyRoutes.now(contacts()),
                        answer instanceof Answer.SmallTalk ? Optional.empty() : Optional.of(answer), false);
            }
            return new Reply(answer, details);
        }

        /** Each part of a two-part question answered on its own; parts it cannot answer are left out. */
        private Answer answerQuestion(String question, float[] meaning) {
            List<String> parts = QuestionParts.of(question);
            if (parts.size() > 1) {
                List<Answer> answers = new ArrayList<>();
                String topic = null;
                for (String part : parts) {
                    Answer answer = answerSearched(part, knowledgeBase.meaning(part));
                    if (!answered(answer) && topic != null && QuestionParts.leansOnTheFirst(part)) {
                        // "FGC - where did it start and is it voluntary": a later part that cannot stand alone is
                        // searched again with the first part's topic beside it.
                        String searched = additions.searchedWith(part, topic);
                        answer = answerPart(searched, knowledgeBase.meaning(searched));
                    }
                    if (answer instanceof Answer.Found found && topic == null) {
                        topic = found.documentTitle();
                    }
                    if (answered(answer)) {
                        answers.add(answer);
                    }
                }
                if (answers.size() > 1 && answers.stream().map(AnsweringService::subject).distinct().count() > 1) {
                    return new Answer.Several(answers);
                }
                if (answers.size() == 1) {
                    return answers.get(0);
                }
            }
            return answerSearched(question, meaning);
        }

        /**
         * A question (or part) that names the window or a box of it, asks the MI name for what someone said, or asks
         * for one side's restorative questions, is searched with those names beside it.
         */
        private Answer answerSearched(String question, float[] meaning) {
            Optional<String> added = WindowBoxes.named(question).or(() -> SaidInMiTerms.added(question))
                    .or(() -> WhoseQuestions.added(question));
            if (added.isEmpty()) {
                return answerPart(question, meaning);
            }
            String searched = additions.searchedWith(question, added.get());
            return answerPart(searched, knowledgeBase.meaning(searched));
        }

        private static boolean answered(Answer answer) {
            return answer instanceof Answer.Found || answer instanceof Answer.Contacts;
        }

        private Answer answerPart(String question, float[] meaning) {
            ContactQuestions.Asked asked = knowledgeBase.derived(ContactQuestions.class,
                    content -> new ContactQuestions(content.contacts())).ask(question);
            if (asked.unknownDetails() || Elsewhere.askedAbout(PlainWords.of(question))) {
                return new Answer.NotKnown(sections.trainingContact());
            }
            if (asked.details() && !asked.contacts().isEmpty()) {
                return new Answer.Contacts(asked.contacts());
            }
            SearchResult result = knowledgeBase.search(question, meaning);
            Optional<Section> quoted = knowledgeBase.derived(QuotedWords.class, QuotedWords::new)
                    .answering(question, result.candidates());
            if (quoted.isPresent()) {
                return sections.found(quoted.get(), question, Optional.empty(), Optional.empty());
            }
            double outOfScope = scope.probability(question, meaning);
            if (!asked.contacts().isEmpty() && policy.band(result, outOfScope) != ConfidencePolicy.Band.ANSWER) {
                return new Answer.Contacts(asked.contacts());
            }
            return answer(question, result, outOfScope);
        }

        /** The same path with a chosen search mode, so that the evaluation can show what each part earns. */
        Answer answer(String question, SearchMode mode) {
            return answer(question, knowledgeBase.search(question, mode), 0);
        }

        private Answer answer(String question, SearchResult result, double outOfScope) {
            return switch (policy.band(result, outOfScope)) {
                case ANSWER -> sections.found(result.candidates().get(0).section(),
                        result.correctedQuestion().orElse(question),
                        additions.shown(result.correctedQuestion(), question),
                        policy.alternative(result).map(Candidate::section)
                                .map(section -> sections.alternative(section, question)));
                case CHOICES -> new Answer.Choices(
                        policy.choices(result).stream().map(Candidate::section).map(sections::choice).toList(),
                        sections.trainingContact(), additions.shown(result.correctedQuestion(), question));
                case NOT_KNOWN -> new Answer.NotKnown(sections.trainingContact());
            };
        }

        /** The answer when a person picks a section (from topics or choices): that section, from its start. */
        Answer answerSection(String sectionId) {
            return knowledgeBase.section(sectionId)
                    .<Answer>map(section -> sections.found(section, "", Optional.empty(), Optional.empty()))
                    .orElseGet(() -> new Answer.NotKnown(sections.trainingContact()));
        }

        List<Contact> contacts() {
            return knowledgeBase.content().contacts();
        }
    }
}
