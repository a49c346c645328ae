package uk.gov.devon.rpassistant.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.state.TestDatabases;

/** Who asked for nudges, on both databases the application runs on, migrated by the application's migrations. */
class NudgesTest {

    private static final Instant OPTED_IN = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant A_WEEK_LATER = Instant.parse("2026-12-07T09:15:00Z");

    static Stream<String> databases() {
        return TestDatabases.names();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDueNudgeIsTakenByOneInstanceOnly(String database) {
        DataSource shared = TestDatabases.named(database);
        Nudges first = nudges(shared, OPTED_IN);
        Nudges second = nudges(shared, OPTED_IN);
        first.optIn("user-1", "chat-1", 2);

        assertThat(first.due(A_WEEK_LATER.minusSeconds(86_400))).isEmpty();
        Nudge due = first.due(A_WEEK_LATER).get(0);
        assertThat(due).isEqualTo(new Nudge("user-1", "chat-1", 2, OPTED_IN, java.util.Optional.empty()));
        assertThat(first.claim(due, A_WEEK_LATER)).isTrue();
        assertThat(second.claim(due, A_WEEK_LATER)).as("the other instance").isFalse();
        assertThat(second.due(A_WEEK_LATER)).isEmpty();
        assertThat(first.find("user-1").orElseThrow().lastNudgedAt()).contains(A_WEEK_LATER);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNudgeGivenBackIsDueAgain(String database) {
        Nudges nudges = nudges(TestDatabases.named(database), OPTED_IN);
        nudges.optIn("user-2", "chat-2", 1);
        Nudge due = nudges.due(A_WEEK_LATER).get(0);
        nudges.claim(due, A_WEEK_LATER);

        nudges.release(due, A_WEEK_LATER);

        assertThat(nudges.due(A_WEEK_LATER.plusSeconds(900))).containsExactly(due);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void movesAreFollowedOnlyForThoseWithNudgesAndTheLastStepEndsThem(String database) {
        Nudges nudges = nudges(TestDatabases.named(database), OPTED_IN);
        assertThat(nudges.moved("someone-else", 3, false)).isFalse();
        assertThat(nudges.find("someone-else")).isEmpty();

        nudges.optIn("user-3", "chat-3", 1);
        assertThat(nudges.moved("user-3", 4, false)).isTrue();
        assertThat(nudges.find("user-3").orElseThrow().step()).isEqualTo(4);

        assertThat(nudges.moved("user-3", 9, true)).isFalse();
        assertThat(nudges.find("user-3")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void optingInAgainKeepsTheWeekAndStopEndsAtOnce(String database) {
        DataSource shared = TestDatabases.named(database);
        nudges(shared, OPTED_IN).optIn("user-4", "chat-4", 1);
        Nudge again = nudges(shared, OPTED_IN.plusSeconds(3_600)).optIn("user-4", "chat-4", 2);
        assertThat(again.optedInAt()).isEqualTo(OPTED_IN);
        assertThat(again.step()).isEqualTo(2);

        Nudges nudges = nudges(shared, OPTED_IN);
        assertThat(nudges.stop("user-4")).isTrue();
        assertThat(nudges.stop("user-4")).isFalse();
        assertThat(nudges.due(A_WEEK_LATER)).isEmpty();
    }

    private static Nudges nudges(DataSource database, Instant now) {
        return new Nudges(new JdbcTemplate(database), Clock.fixed(now, ZoneOffset.UTC));
    }
}
