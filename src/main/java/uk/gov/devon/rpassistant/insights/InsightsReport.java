package uk.gov.devon.rpassistant.insights;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.ContentChecks;
import uk.gov.devon.rpassistant.knowledge.ContentProblem;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;
import uk.gov.devon.rpassistant.knowledge.KnowledgeReloader;

/** Builds the insights page's content from what was recorded and from the knowledge base as it is now. */
public class InsightsReport {

    static final ZoneId DEVON = ZoneId.of("Europe/London");
    private static final int GROUPS_SHOWN = 40;
    private static final int TOP = 10;
    private static final int VECTORS_KEPT = 5_000;

    private final QuestionLog questions;
    private final FeedbackLog feedback;
    private final KnowledgeBase live;
    private final Optional<KnowledgeReloader> reloader;
    private final Path folder;
    private final Clock clock;
    private final Map<String, float[]> meanings = new ConcurrentHashMap<>();

    /**
     * @param folder the knowledge-base folder, for the same content checks as the validate command
     */
    public InsightsReport(QuestionLog questions, FeedbackLog feedback, KnowledgeBase knowledgeBase,
            Optional<KnowledgeReloader> reloader, Path folder, Clock clock) {
        this.questions = questions;
        this.feedback = feedback;
        this.live = knowledgeBase;
        this.reloader = reloader;
        this.folder = folder;
        this.clock = clock;
    }

    /** The last {@code weeks} weeks, this one included. */
    public Insights build(int weeks) {
        KnowledgeBase knowledgeBase = live.pinned();
        LocalDate today = LocalDate.now(clock.withZone(DEVON));
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        Instant from = firstMonday.atStartOfDay(DEVON).toInstant();
        List<QuestionRow> rows = questions.since(from);
        Map<Band, Long> byBand = countByBand(rows);
        List<QuestionRow> unanswered = rows.stream()
                .filter(row -> row.band() == Band.NOT_KNOWN || row.band() == Band.CHOICES).toList();
        List<String> texts = unanswered.stream().map(QuestionRow::text).flatMap(Optional::stream).toList();
        return new Insights(from, clock.instant(), rows.size(), byBand,
                groups(knowledgeBase, texts), unanswered.size() - texts.size(),
                notHelpful(knowledgeBase, from), weeks(rows, firstMonday, weeks),
                top(rows, knowledgeBase, document -> document.id(), KnowledgeDocument::title),
                top(rows, knowledgeBase, KnowledgeDocument::topic, KnowledgeDocument::topic),
                pastReview(knowledgeBase, today), problems(knowledgeBase, today),
                reloader.flatMap(KnowledgeReloader::last).map(InsightsReport::describe), questions.skipped());
    }

    private static Map<Band, Long> countByBand(List<QuestionRow> rows) {
        Map<Band, Long> counts = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            counts.put(band, rows.stream().filter(row -> row.band() == band).count());
        }
        return counts;
    }

    private List<Insights.UnansweredGroup> groups(KnowledgeBase knowledgeBase, List<String> texts) {
        if (meanings.size() > VECTORS_KEPT) {
            meanings.clear();
        }
        List<Insights.UnansweredGroup> groups = new ArrayList<>();
        for (List<String> group : MeaningGroups.of(texts, this::meaning)) {
            if (groups.size() == GROUPS_SHOWN) {
                break;
            }
            String example = group.get(0);
            Optional<KnowledgeDocument> nearest = knowledgeBase.search(example, meaning(example)).candidates().stream()
                    .findFirst().map(Candidate::section)
                    .flatMap(section -> knowledgeBase.content().document(section.documentId()));
            List<String> distinct = List.copyOf(new LinkedHashSet<>(group));
            groups.add(new Insights.UnansweredGroup(group.size(), distinct.subList(0, Math.min(3, distinct.size())),
                    nearest.map(KnowledgeDocument::id), nearest.map(KnowledgeDocument::title),
                    ContentDrafts.questionsLine(example)));
        }
        return groups;
    }

    private float[] meaning(String text) {
        return meanings.computeIfAbsent(text, live::meaning);
    }

    private List<Insights.DocumentFeedback> notHelpful(KnowledgeBase knowledgeBase, Instant from) {
        Map<String, List<Feedback>> byDocument = new LinkedHashMap<>();
        for (Feedback item : feedback.since(from)) {
            String documentId = knowledgeBase.section(item.sectionId()).map(section -> section.documentId())
                    .orElse(item.sectionId());
            byDocument.computeIfAbsent(documentId, id -> new ArrayList<>()).add(item);
        }
        return byDocument.entrySet().stream().map(entry -> {
            List<Feedback> items = entry.getValue();
            int notHelpful = (int) items.stream().filter(item -> !item.helpful()).count();
            List<String> reasons = items.stream().filter(item -> !item.helpful()).map(Feedback::reason)
                    .flatMap(Optional::stream).toList();
            String title = knowledgeBase.content().document(entry.getKey()).map(KnowledgeDocument::title)
                    .orElse(entry.getKey() + " (no longer in the knowledge base)");
            return new Insights.DocumentFeedback(entry.getKey(), title, notHelpful, items.size() - notHelpful, reasons);
        }).filter(item -> item.notHelpful() > 0)
                .sorted(Comparator.comparingInt(Insights.DocumentFeedback::notHelpful).reversed()).toList();
    }

    private List<Insights.Week> weeks(List<QuestionRow> rows, LocalDate firstMonday, int weeks) {
        Map<LocalDate, List<QuestionRow>> byWeek = rows.stream().collect(Collectors.groupingBy(row ->
                LocalDate.ofInstant(row.askedAt(), DEVON).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        List<Insights.Week> result = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate start = firstMonday.plusWeeks(i);
            result.add(new Insights.Week(start, countByBand(byWeek.getOrDefault(start, List.of()))));
        }
        return result;
    }

    private static List<Insights.Count> top(List<QuestionRow> rows, KnowledgeBase knowledgeBase,
            Function<KnowledgeDocument, String> key, Function<KnowledgeDocument, String> name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (QuestionRow row : rows) {
            if (row.band() != Band.ANSWERED || row.sectionId().isEmpty()) {
                continue;
            }
            knowledgeBase.section(row.sectionId().get())
                    .flatMap(section -> knowledgeBase.content().document(section.documentId()))
                    .ifPresent(document -> {
                        counts.merge(key.apply(document), 1L, Long::sum);
                        names.putIfAbsent(key.apply(document), name.apply(document));
                    });
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .map(entry -> new Insights.Count(entry.getKey(), names.get(entry.getKey()), entry.getValue())).toList();
    }

    private static List<Insights.ReviewDue> pastReview(KnowledgeBase knowledgeBase, LocalDate today) {
        return knowledgeBase.content().documents().stream()
                .filter(document -> document.reviewBy() != null && today.isAfter(document.reviewBy()))
                .sorted(Comparator.comparing(KnowledgeDocument::reviewBy))
                .map(document -> new Insights.ReviewDue(document.id(), document.title(), document.owner(),
                        document.reviewBy()))
                .toList();
    }

    private List<Insights.Problem> problems(KnowledgeBase knowledgeBase, LocalDate today) {
        List<ContentProblem> all = new ArrayList<>(ContentChecks.problems(folder, knowledgeBase.content()));
        all.addAll(ContentChecks.warnings(folder, today));
        return all.stream()
                .map(problem -> new Insights.Problem(String.valueOf(problem.path().getFileName()), problem.line(),
                        problem.message()))
                .toList();
    }

    private static String describe(KnowledgeReloader.Reload reload) {
        String when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").format(reload.at().atZone(DEVON));
        return reload.failed() ? "The last reload (" + when + ") failed; the previous version is still answering."
                : "Last reloaded " + when + " in " + reload.took().toMillis() + " ms: " + reload.documents()
                        + " documents, " + reload.problems() + " problems.";
    }
}
