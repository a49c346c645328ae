package uk.gov.devon.rpassistant.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.experts.ExpertQuestion;
import uk.gov.devon.rpassistant.experts.ExpertQuestions;

/**
 * Three questions sent to practice leads, one in each status, stored through the real store: open (asked 3 hours
 * ago, holding markup), claimed (40 minutes ago, starting like a spreadsheet formula) and answered (2 days ago,
 * answered 5 hours after it was asked).
 */
final class PracticeLeadFixtures {

    static final String OPEN = "can I run a circle on Teams <script>alert('x')</script>";
    static final String CLAIMED = "=HYPERLINK(\"https://example.org\") what is fair process for a parent";
    static final String ANSWERED = "can a family group conference happen on Teams?";
    static final String ANSWER = "Yes. The FGC+ team can run one on Teams when the family agrees.\n"
            + "Ask them early.";
    static final String CLAIMED_BY = "Alex Lead";
    static final String ANSWERED_BY = "Sam Lead";

    private PracticeLeadFixtures() {
    }

    static void addOneInEachStatus(ExpertQuestions questions, JdbcTemplate jdbc) {
        jdbc.update("delete from expert_question");
        Instant now = Instant.now();
        questions.add(asked("q-open", now.minus(Duration.ofHours(3)), OPEN, "Restorative tools",
                new ExpertQuestion.NearestDocument("using-circles", "Using circles")));
        questions.add(asked("q-claimed", now.minus(Duration.ofMinutes(40)), CLAIMED, "Restorative practice",
                new ExpertQuestion.NearestDocument("fair-process", "Fair process")));
        questions.claim("q-claimed", CLAIMED_BY, "lead-key-1");
        Instant askedAt = now.minus(Duration.ofDays(2)).minus(Duration.ofHours(1));
        questions.add(asked("q-answered", askedAt, ANSWERED, "Family meetings",
                new ExpertQuestion.NearestDocument("family-group-conferences", "Family group conferences")));
        questions.claim("q-answered", ANSWERED_BY, "lead-key-2");
        questions.answer("q-answered", "lead-key-2", ANSWER);
        jdbc.update("update expert_question set answered_at = ? where id = 'q-answered'",
                askedAt.plus(Duration.ofHours(5)).atOffset(ZoneOffset.UTC));
    }

    private static ExpertQuestion asked(String id, Instant at, String question, String topic,
            ExpertQuestion.NearestDocument nearest) {
        return ExpertQuestion.asked(id, at, "asker-" + id, "chat-" + id, question, Optional.empty(),
                Optional.of(topic), List.of(nearest), "19:leads@thread.tacv2");
    }
}
