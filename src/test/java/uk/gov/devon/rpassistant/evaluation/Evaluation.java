package uk.gov.devon.rpassistant.evaluation;

import java.util.List;
import java.util.function.Consumer;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.answer.ConfidencePolicy;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.SearchMode;
import uk.gov.devon.rpassistant.knowledge.SearchResult;

/**
 * Runs the labelled questions through the same search and answering service the bot uses: each search stage on its
 * own, and for the fused (hybrid) stage the whole answering path the bot runs (safety, small talk, contacts, scope).
 */
public final class Evaluation {

    private final KnowledgeBase knowledgeBase;
    private final AnsweringService answers;

    public Evaluation(KnowledgeBase knowledgeBase, AnsweringService answers) {
        this.knowledgeBase = knowledgeBase;
        this.answers = answers;
    }

    public StageReport run(List<LabelledQuestion> questions, SearchMode mode, Consumer<String> details) {
        int answerable = 0;
        int unanswerable = 0;
        int top1 = 0;
        int top3 = 0;
        double reciprocal = 0;
        int answeredRight = 0;
        int declined = 0;
        int notKnown = 0;
        int wrong = 0;
        for (LabelledQuestion labelled : questions) {
            SearchResult result = knowledgeBase.search(labelled.question(), mode);
            Answer answer = mode == SearchMode.HYBRID ? shown(answers.reply(labelled.question()).answer())
                    : answers.answer(labelled.question(), mode);
            String answeredId = answer instanceof Answer.Found found ? found.sectionId() : null;
            if (labelled.answerable()) {
                answerable++;
                int rank = rank(result, labelled);
                top1 += rank == 1 ? 1 : 0;
                top3 += rank >= 1 && rank <= 3 ? 1 : 0;
                reciprocal += rank > 0 ? 1.0 / rank : 0;
                boolean right = answeredId != null && labelled.isAnsweredBy(answeredId);
                answeredRight += right ? 1 : 0;
                wrong += answeredId != null && !right ? 1 : 0;
            } else {
                unanswerable++;
                declined += answeredId == null ? 1 : 0;
                notKnown += answer instanceof Answer.NotKnown ? 1 : 0;
                wrong += answeredId != null ? 1 : 0;
            }
            details.accept(detail(labelled, result, answer));
        }
        return new StageReport(mode, answerable, unanswerable, share(top1, answerable), share(top3, answerable),
                reciprocal / Math.max(1, answerable), share(answeredRight, answerable), share(declined, unanswerable),
                share(notKnown, unanswerable), share(wrong, answerable + unanswerable));
    }

    /** The answer a person reads: under the emergency routes when there are some. */
    private static Answer shown(Answer answer) {
        return answer instanceof Answer.SafetyFirst safety ? safety.answer().orElse(answer) : answer;
    }

    private static int rank(SearchResult result, LabelledQuestion labelled) {
        List<Candidate> candidates = result.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            if (labelled.isAnsweredBy(candidates.get(i).section().id())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String detail(LabelledQuestion labelled, SearchResult result, Answer answer) {
        String best = result.best().map(c -> String.format(java.util.Locale.ROOT, "%s sim=%.3f margin=%.3f",
                c.section().id(), c.similarity(), ConfidencePolicy.margin(result))).orElse("-");
        return String.format("%s\t%s\t%s\t%s\t%s", labelled.label(),
                answer.getClass().getSimpleName(), best, result.meaningfulWords(), labelled.question());
    }

    private static double share(int count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }
}
