package uk.gov.devon.rpassistant.experts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The questions sent to practice leads, in the application's database, so that a question asked before a restart
 * (or on another instance) is answered after it. Every change of status is one conditional update, so two people
 * pressing "I'll take this" at once cannot both have it.
 */
public class ExpertQuestions {

    private static final String COLUMNS = "id, asked_at, asker_key, asker_conversation_key, question, note, topic, "
            + "nearest, channel_id, card_activity_id, status, claimed_by, claimed_by_key, claimed_at, answer, "
            + "answered_at, reminded_at, helpful";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ExpertQuestions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(ExpertQuestion question) {
        jdbc.update("insert into expert_question (id, asked_at, asker_key, asker_conversation_key, question, note, "
                + "topic, nearest, channel_id, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", question.id(),
                time(question.askedAt()), question.askerKey(), question.askerConversationKey(), question.question(),
                question.note().orElse(null), question.topic().orElse(null), nearest(question.nearest()),
                question.channelId(), question.status().name());
    }

    public Optional<ExpertQuestion> find(String id) {
        return jdbc.query("select " + COLUMNS + " from expert_question where id = ?", ExpertQuestions::read, id)
                .stream().findFirst();
    }

    /** Every question, newest first (at most {@code limit}). */
    public List<ExpertQuestion> recent(int limit) {
        return jdbc.query("select " + COLUMNS + " from expert_question order by asked_at desc fetch first ? rows only",
                ExpertQuestions::read, limit);
    }

    /** How many questions there are in each status (every status present, zero when none). */
    public Map<ExpertQuestion.Status, Long> countByStatus() {
        Map<ExpertQuestion.Status, Long> counts = new EnumMap<>(ExpertQuestion.Status.class);
        for (ExpertQuestion.Status status : ExpertQuestion.Status.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, count(*) as questions from expert_question group by status",
                (ResultSet rs) -> {
                    counts.put(ExpertQuestion.Status.valueOf(rs.getString("status")), rs.getLong("questions"));
                });
        return counts;
    }

    /** Questions whose card could not be posted yet (the channel was not known or not reachable). */
    public List<ExpertQuestion> unposted() {
        return jdbc.query("select " + COLUMNS + " from expert_question where card_activity_id is null "
                + "and status = 'OPEN' order by asked_at", ExpertQuestions::read);
    }

    /**
     * Marks the question as being posted; false when another instance is posting it already. Then either
     * {@link #posted} with the card's id or {@link #notPosted} to try again later.
     */
    public boolean posting(String id) {
        return jdbc.update("update expert_question set card_activity_id = '' where id = ? "
                + "and card_activity_id is null", id) == 1;
    }

    public void posted(String id, String cardActivityId) {
        jdbc.update("update expert_question set card_activity_id = ? where id = ?", cardActivityId, id);
    }

    public void notPosted(String id) {
        jdbc.update("update expert_question set card_activity_id = null where id = ? and card_activity_id = ''", id);
    }

    /** Marks an answer as being delivered to the asker; false when it was delivered (or is being) already. */
    public boolean delivering(String id) {
        return jdbc.update("update expert_question set delivered_at = ? where id = ? and status = 'ANSWERED' "
                + "and delivered_at is null", now(), id) == 1;
    }

    public void notDelivered(String id) {
        jdbc.update("update expert_question set delivered_at = null where id = ?", id);
    }

    /** Answers that could not be delivered yet (the asker's chat was not reachable). */
    public List<ExpertQuestion> undelivered() {
        return jdbc.query("select " + COLUMNS + " from expert_question where status = 'ANSWERED' "
                + "and delivered_at is null order by answered_at", ExpertQuestions::read);
    }

    /** Takes the question for one person; false when it was not open (someone else took it first). */
    public boolean claim(String id, String name, String key) {
        return jdbc.update("update expert_question set status = 'CLAIMED', claimed_by = ?, claimed_by_key = ?, "
                + "claimed_at = ? where id = ? and status = 'OPEN'", name, key, now(), id) == 1;
    }

    /** Records the answer; false unless the question was claimed by this person and not yet answered. */
    public boolean answer(String id, String claimedByKey, String answer) {
        return jdbc.update("update expert_question set status = 'ANSWERED', answer = ?, answered_at = ? "
                + "where id = ? and status = 'CLAIMED' and claimed_by_key = ?", answer, now(), id, claimedByKey) == 1;
    }

    /** Open questions posted before {@code cutoff} and not yet reminded of. */
    public List<ExpertQuestion> dueForReminder(Instant cutoff) {
        return jdbc.query("select " + COLUMNS + " from expert_question where status = 'OPEN' and reminded_at is null "
                + "and card_activity_id is not null and card_activity_id <> '' and asked_at < ? order by asked_at", ExpertQuestions::read,
                time(cutoff));
    }

    /** Marks the one reminder as sent; false when another instance already did (so only one is sent). */
    public boolean reminded(String id) {
        return jdbc.update("update expert_question set reminded_at = ? where id = ? and reminded_at is null",
                now(), id) == 1;
    }

    public void notReminded(String id) {
        jdbc.update("update expert_question set reminded_at = null where id = ?", id);
    }

    /** The asker's "Helpful" or "Not helpful" on the answer; only the asker's own press counts. */
    public boolean rate(String id, String askerKey, boolean helpful) {
        return jdbc.update("update expert_question set helpful = ? where id = ? and asker_key = ? "
                + "and status = 'ANSWERED'", helpful, id, askerKey) == 1;
    }

    private OffsetDateTime now() {
        return time(clock.instant());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String nearest(List<ExpertQuestion.NearestDocument> documents) {
        return documents.stream().map(document -> document.id() + "\t" + document.title())
                .collect(Collectors.joining("\n"));
    }

    private static ExpertQuestion read(ResultSet rs, int row) throws SQLException {
        List<ExpertQuestion.NearestDocument> nearest = Optional.ofNullable(rs.getString("nearest"))
                .filter(text -> !text.isBlank()).stream()
                .flatMap(text -> Arrays.stream(text.split("\n")))
                .map(line -> line.split("\t", 2))
                .map(parts -> new ExpertQuestion.NearestDocument(parts[0], parts.length > 1 ? parts[1] : parts[0]))
                .toList();
        String claimedBy = rs.getString("claimed_by");
        Optional<ExpertQuestion.Claim> claim = claimedBy == null ? Optional.empty()
                : Optional.of(new ExpertQuestion.Claim(claimedBy, rs.getString("claimed_by_key"),
                        instant(rs, "claimed_at").orElse(Instant.EPOCH)));
        Object helpful = rs.getObject("helpful");
        return new ExpertQuestion(rs.getString("id"), instant(rs, "asked_at").orElseThrow(), rs.getString("asker_key"),
                rs.getString("asker_conversation_key"), rs.getString("question"),
                Optional.ofNullable(rs.getString("note")), Optional.ofNullable(rs.getString("topic")), nearest,
                rs.getString("channel_id"), Optional.ofNullable(rs.getString("card_activity_id")),
                ExpertQuestion.Status.valueOf(rs.getString("status")), claim, Optional.ofNullable(rs.getString("answer")),
                instant(rs, "answered_at"), instant(rs, "reminded_at"),
                helpful == null ? Optional.empty() : Optional.of(rs.getBoolean("helpful")));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }
}
