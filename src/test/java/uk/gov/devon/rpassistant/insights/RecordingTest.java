package uk.gov.devon.rpassistant.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.evaluation.AnsweringStack;
import uk.gov.devon.rpassistant.privacy.CaseDetails;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;
import uk.gov.devon.rpassistant.state.DatabaseOutage;
import uk.gov.devon.rpassistant.state.TestDatabases;

/** What is recorded for each question and each piece of feedback, on both databases, and how long it is kept. */
class RecordingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    static Stream<String> databases() {
        return TestDatabases.names();
    }

    private final AnsweringService answers = AnsweringStack.shared().answers();
    private final StorableText storable = new StorableText(new CaseDetails(), AnsweringStack.shared().knowledgeBase());

    @ParameterizedTest
    @MethodSource("databases")
    void aQuestionIsRecordedWithItsBandSectionScopeAndAPseudonym(String database) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.named(database));
        QuestionLog log = log(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));

        Answer found = answers.reply("what is fair process").answer();
        log.record("29:teams-user-1", "personal", "what is fair process", found, Duration.ofMillis(5));

        List<QuestionRow> rows = log.since(NOW.minusSeconds(60));
        assertThat(rows).hasSize(1);
        QuestionRow row = rows.get(0);
        assertThat(row.band()).isEqualTo(Band.ANSWERED);
        assertThat(row.sectionId()).contains(((Answer.Found) found).sectionId());
        assertThat(row.scope()).isEqualTo("personal");
        assertThat(row.askedAt()).isEqualTo(NOW);
        assertThat(row.text()).contains("what is fair process");
        assertThat(row.userKey()).isNotBlank().doesNotContain("teams-user-1")
                .isEqualTo(new Pseudonyms("test-key").of("29:teams-user-1"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theTextOfAMessageRoutedToSafetyIsNeverKept(String database) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.named(database));
        QuestionLog log = log(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
        String message = "the boy says his stepdad hits him with a belt and he is scared to go home";

        Answer answer = answers.reply(message).answer();
        log.record("29:teams-user-2", "personal", message, answer, Duration.ofMillis(5));

        assertThat(answer).isInstanceOf(Answer.SafetyFirst.class);
        QuestionRow row = log.since(NOW.minusSeconds(60)).get(0);
        assertThat(row.band()).isEqualTo(Band.SAFETY);
        assertThat(row.text()).isEmpty();
        assertThat(allStoredText(jdbc)).doesNotContain("belt").doesNotContain("stepdad");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void noStoredRowHoldsAnyOfThePersonalDataInTheCorpus(String database) throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.named(database));
        QuestionLog questions = log(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
        FeedbackLog feedback = new FeedbackLog(jdbc, storable, Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());
        List<String[]> corpus = corpus();

        for (String[] row : corpus) {
            questions.record("29:user-" + row[0], "personal", row[2], answers.reply(row[2]).answer(),
                    Duration.ofMillis(5));
            feedback.record(new Feedback("fair-process", false, Optional.of(row[2]), "someone", NOW));
        }

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        assertThat(jdbc.queryForObject("select count(*) from question", Integer.class)).isEqualTo(corpus.size());
        String stored = allStoredText(jdbc).toLowerCase(Locale.ROOT);
        List<String> leaked = new ArrayList<>();
        for (String[] row : corpus) {
            for (String personal : row[3].split(" \\|\\| ")) {
                if (stored.contains(personal.toLowerCase(Locale.ROOT))) {
                    leaked.add(row[0] + ": " + personal);
                }
            }
        }
        assertThat(leaked).as("personal data found in stored rows").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void ordinaryQuestionsAreKeptAsTyped(String database) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.named(database));
        QuestionLog log = log(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
        List<String> ordinary = List.of("how do I book the restorative practice training",
                "What is a family group conference?", "can I use circles in a team meeting",
                "my manager wants us to use the social discipline window, what is it",
                "how long does the Motivational Interviewing course take in Devon",
                "how do I write a chronology in Mosaic");

        ordinary.forEach(question -> log.record("29:u", "channel", question, answers.reply(question).answer(),
                Duration.ofMillis(5)));

        assertThat(log.since(NOW.minusSeconds(60))).extracting(row -> row.text().orElse("(not kept)"))
                .containsExactlyInAnyOrderElementsOf(ordinary);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void thePurgeDeletesRowsOlderThanTheRetentionPeriodAndNothingElse(String database) {
        DataSource dataSource = TestDatabases.named(database);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Answer notKnown = new Answer.NotKnown(Optional.empty());
        for (int daysAgo : new int[] {200, 91, 89, 1}) {
            Clock then = Clock.fixed(NOW.minus(Duration.ofDays(daysAgo)), ZoneOffset.UTC);
            log(jdbc, then).record("29:u", "personal", "question from " + daysAgo + " days ago", notKnown,
                    Duration.ofMillis(5));
            new FeedbackLog(jdbc, storable, then, new SimpleMeterRegistry()).record(new Feedback("fair-process", true,
                    Optional.empty(), "u", NOW.minus(Duration.ofDays(daysAgo))));
        }

        Map<String, Integer> deleted = new Retention(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(90))
                .purge();

        assertThat(deleted).containsEntry("question", 2).containsEntry("feedback", 2);
        assertThat(jdbc.queryForList("select question_text from question order by asked_at", String.class))
                .containsExactly("question from 89 days ago", "question from 1 days ago");
        assertThat(jdbc.queryForObject("select count(*) from feedback", Integer.class)).isEqualTo(2);
    }

    private QuestionLog log(JdbcTemplate jdbc, Clock clock) {
        return new QuestionLog(jdbc, new Pseudonyms("test-key"), storable, clock, new SimpleMeterRegistry(),
                new DatabaseOutage(Duration.ofSeconds(10), System::nanoTime));
    }

    /** Every text column of every table the application writes. */
    static String allStoredText(JdbcTemplate jdbc) {
        StringBuilder all = new StringBuilder();
        for (String query : List.of("select question_text from question", "select reason from feedback",
                "select user_key from question", "select state_value from bot_state",
                "select reference from conversation_reference")) {
            jdbc.queryForList(query, String.class).forEach(value -> all.append(value).append('\n'));
        }
        return all.toString();
    }

    private static List<String[]> corpus() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/privacy/personal-data.tsv"), StandardCharsets.UTF_8)
                .stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t")).toList();
    }
}
