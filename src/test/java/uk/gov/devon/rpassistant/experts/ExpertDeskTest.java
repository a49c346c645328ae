package uk.gov.devon.rpassistant.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.evaluation.AnsweringStack;
import uk.gov.devon.rpassistant.insights.StorableText;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.privacy.CaseDetails;
import uk.gov.devon.rpassistant.state.TestDatabases;

/** What the desk refuses, and where it sends what it takes, on the real knowledge base and a real database. */
class ExpertDeskTest {

    private static final String DEFAULT = "19:leads@thread.tacv2";
    private static final String MI = "19:mi@thread.tacv2";

    private final KnowledgeBase knowledgeBase = AnsweringStack.shared().knowledgeBase();
    private final ExpertQuestions questions = new ExpertQuestions(new JdbcTemplate(TestDatabases.h2()),
            Clock.systemUTC());
    private final ExpertDesk desk = new ExpertDesk(questions,
            new ExpertsProperties(DEFAULT, "Motivational Interviewing = " + MI + " ; nonsense", null, null),
            knowledgeBase, new CaseDetails(), new StorableText(new CaseDetails(), knowledgeBase), Clock.systemUTC());

    @Test
    void theFormStartsWithCaseDetailsTakenOut() {
        assertThat(desk.prefill("what do I do about the boy born 03/04/2019 at 14 Oak Road"))
                .doesNotContain("03/04/2019").doesNotContain("14 Oak Road").contains("[removed]");
    }

    @Test
    void nothingIsKeptWhileTheTextMayHoldCaseDetailsOrANameOrIsEmpty() {
        assertThat(refusal("how do I start a circle", "the family at EX4 3PQ")).contains(ExpertDesk.Reason.CASE_DETAILS);
        assertThat(refusal("how do I talk to Kayleigh about her plan", "")).contains(ExpertDesk.Reason.POSSIBLE_NAME);
        assertThat(refusal("   ", "a note")).contains(ExpertDesk.Reason.EMPTY);
        assertThat(questions.recent(100)).isEmpty();
    }

    @Test
    void aQuestionCloseToAnMiTopicGoesToTheMiChannelAndOneFarFromEverythingToTheDefault() {
        ExpertQuestion mi = accepted("how do I respond to sustain talk from a parent using OARS?");
        assertThat(mi.topic()).contains("Motivational Interviewing");
        assertThat(mi.channelId()).isEqualTo(MI);
        assertThat(mi.nearest()).isNotEmpty();

        ExpertQuestion far = accepted("how do I claim mileage for a home visit?");
        assertThat(far.topic()).isEmpty();
        assertThat(far.channelId()).isEqualTo(DEFAULT);

        ExpertQuestion circle = accepted("how do I run a circle with a team that is new to it?");
        assertThat(circle.channelId()).as("topics without a channel of their own go to the default").isEqualTo(DEFAULT);
        assertThat(circle.nearest().get(0).title()).containsIgnoringCase("circle");
        assertThat(questions.find(circle.id())).isPresent();
    }

    @Test
    void aQuestionIsTakenByOnePersonAndAnsweredOnlyByThem() {
        ExpertQuestion question = accepted("how do I run a circle with a team that is new to it?");
        assertThat(questions.claim(question.id(), "Sam", "key-sam")).isTrue();
        assertThat(questions.claim(question.id(), "Alex", "key-alex")).isFalse();
        assertThat(questions.answer(question.id(), "key-alex", "not mine")).isFalse();
        assertThat(questions.answer(question.id(), "key-sam", "Start with a check-in.")).isTrue();
        assertThat(questions.answer(question.id(), "key-sam", "again")).isFalse();
        ExpertQuestion answered = questions.find(question.id()).orElseThrow();
        assertThat(answered.status()).isEqualTo(ExpertQuestion.Status.ANSWERED);
        assertThat(answered.claim().orElseThrow().name()).isEqualTo("Sam");
        assertThat(answered.answer()).contains("Start with a check-in.");
    }

    private Optional<ExpertDesk.Reason> refusal(String question, String note) {
        ExpertDesk.Submission submission = desk.submit("asker", "chat", question, note);
        return submission instanceof ExpertDesk.Submission.Refused refused ? Optional.of(refused.reason())
                : Optional.empty();
    }

    private ExpertQuestion accepted(String question) {
        ExpertDesk.Submission submission = desk.submit("asker", "chat", question, "");
        assertThat(submission).isInstanceOf(ExpertDesk.Submission.Accepted.class);
        return ((ExpertDesk.Submission.Accepted) submission).question();
    }
}
