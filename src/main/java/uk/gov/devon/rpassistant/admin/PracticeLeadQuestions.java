package uk.gov.devon.rpassistant.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.devon.rpassistant.experts.ExpertQuestion;
import uk.gov.devon.rpassistant.experts.ExpertQuestions;
import uk.gov.devon.rpassistant.insights.ContentDrafts;

/**
 * The insights page's "Questions for practice leads": every question sent to them (newest first, whatever the
 * period), with its age, and for each answered one drafts a content owner can paste into the knowledge base.
 */
class PracticeLeadQuestions {

    static final int SHOWN = 200;
    private static final ZoneId DEVON = ZoneId.of("Europe/London");

    private final ExpertQuestions questions;
    private final Clock clock;

    PracticeLeadQuestions(ExpertQuestions questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
    }

    /** The newest questions, and how many there are in each status. */
    Listing list() {
        Instant now = clock.instant();
        return new Listing(questions.countByStatus(),
                questions.recent(SHOWN).stream().map(question -> row(question, now)).toList());
    }

    /** The list for its CSV download. */
    AdminController.Table table() {
        Instant now = clock.instant();
        List<List<String>> rows = new ArrayList<>();
        for (ExpertQuestion question : questions.recent(SHOWN)) {
            PracticeLeadQuestion row = row(question, now);
            Optional<PracticeLeadQuestion.Drafts> drafts = row.drafts();
            rows.add(List.of(question.askedAt().toString(), row.asked(), row.status().name().toLowerCase(),
                    row.topic(), row.takenBy(), row.took().orElse(""), row.question(), row.note().orElse(""),
                    row.answer().orElse(""), row.helpful().map(helpful -> helpful ? "yes" : "no").orElse(""),
                    drafts.flatMap(PracticeLeadQuestion.Drafts::nearestFile).orElse(""),
                    drafts.map(PracticeLeadQuestion.Drafts::questionsLine).orElse("")));
        }
        return new AdminController.Table(List.of("asked_at", "age", "status", "topic", "taken_by", "took",
                "question", "note", "answer", "helpful", "nearest_document", "questions_line"), rows);
    }

    private static PracticeLeadQuestion row(ExpertQuestion question, Instant now) {
        Optional<String> took = question.answeredAt()
                .map(answeredAt -> Ages.of(Duration.between(question.askedAt(), answeredAt)));
        return new PracticeLeadQuestion(question.status(), Ages.of(Duration.between(question.askedAt(), now)), took,
                question.topic().orElse(""), question.claim().map(ExpertQuestion.Claim::name).orElse(""),
                question.question(), question.note(), question.answer(), question.helpful(), drafts(question));
    }

    private static Optional<PracticeLeadQuestion.Drafts> drafts(ExpertQuestion question) {
        if (question.status() != ExpertQuestion.Status.ANSWERED || question.answer().isEmpty()) {
            return Optional.empty();
        }
        Instant answeredAt = question.answeredAt().orElse(question.askedAt());
        ContentDrafts.Answered answered = new ContentDrafts.Answered(question.question(), question.answer().get(),
                question.claim().map(ExpertQuestion.Claim::name).orElse("a practice lead"),
                LocalDate.ofInstant(answeredAt, DEVON), question.topic(),
                question.nearest().stream().map(ExpertQuestion.NearestDocument::id).toList());
        Optional<ExpertQuestion.NearestDocument> nearest = question.nearest().stream().findFirst();
        return Optional.of(new PracticeLeadQuestion.Drafts(nearest.map(document -> document.id() + ".md"),
                nearest.map(ExpertQuestion.NearestDocument::title), ContentDrafts.questionsLine(question.question()),
                ContentDrafts.fileName(answered), ContentDrafts.newDocument(answered)));
    }

    /** What the page shows: the newest questions, and the counts by status over all of them. */
    record Listing(Map<ExpertQuestion.Status, Long> counts, List<PracticeLeadQuestion> rows) {

        Listing {
            counts = Map.copyOf(counts);
            rows = List.copyOf(rows);
        }

        public long open() {
            return counts.getOrDefault(ExpertQuestion.Status.OPEN, 0L);
        }

        public long claimed() {
            return counts.getOrDefault(ExpertQuestion.Status.CLAIMED, 0L);
        }

        public long answered() {
            return counts.getOrDefault(ExpertQuestion.Status.ANSWERED, 0L);
        }

        /** Whether there are more questions than the page shows. */
        public boolean more() {
            return open() + claimed() + answered() > rows.size();
        }
    }
}
