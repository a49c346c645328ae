package uk.gov.devon.rpassistant.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Markdown a content owner can paste into the knowledge base: a line for a document's {@code questions:}, and a
 * new document in the authoring guide's template (knowledge-base/README.md) built from a practice lead's answer.
 * What the answer does not give is left as a TODO: the dates and sources as values the content check rejects, so
 * an unfinished draft cannot go live unnoticed.
 */
public final class ContentDrafts {

    /** Marks each placeholder in a draft. */
    public static final String TODO = "TODO";

    private static final Pattern DOCUMENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLAIN_TOPIC = Pattern.compile("[A-Za-z][A-Za-z' ]*");
    private static final int ID_WORDS = 6;
    private static final int RELATED = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ContentDrafts() {
    }

    /** A line to paste under a document's {@code questions:}, as YAML reads it. */
    public static String questionsLine(String question) {
        String text = question.strip().replaceAll("\\s+", " ").replace("\\", "\\\\").replace("\"", "'");
        return "  - \"" + text + "\"";
    }

    /** A question a practice lead answered, with what the bot knew about it. */
    public record Answered(String question, String answer, String answeredBy, LocalDate answeredOn,
            Optional<String> topic, List<String> nearestDocuments) {

        public Answered {
            nearestDocuments = List.copyOf(nearestDocuments);
        }
    }

    /** The file name a new document for this question could have (its id, from the question's first words). */
    public static String fileName(Answered answered) {
        return id(answered.question()) + ".md";
    }

    /** A new document, front matter and body, following the authoring guide's template. */
    public static String newDocument(Answered answered) {
        List<String> related = answered.nearestDocuments().stream().filter(id -> DOCUMENT_ID.matcher(id).matches())
                .limit(RELATED).toList();
        String topic = answered.topic().map(String::strip).filter(name -> PLAIN_TOPIC.matcher(name).matches())
                .orElse(TODO + " one of the topics listed in the authoring guide");
        return String.join("\n",
                "---",
                "id: " + id(answered.question()),
                "title: " + TODO + " the question this page answers, or a short name",
                "topic: " + topic,
                "audience: [all staff]",
                "summary: " + TODO + " one or two sentences that answer the title on their own",
                "questions:",
                questionsLine(answered.question()),
                "  - " + TODO + " 7 to 15 more ways staff ask this (abbreviations, misspellings, one word, casual)",
                "related: [" + String.join(", ", related) + "]",
                "links: []",
                "sources:",
                "  - " + TODO + " facts.md §N or the https address this answer comes from",
                "contact: " + TODO + " the id of one contact in contacts.yaml",
                "owner: " + TODO + " a role that keeps this page, never a person's name",
                "reviewed: " + TODO + " the date you checked this page, as YYYY-MM-DD",
                "review_by: " + TODO + " the date it must be checked again, as YYYY-MM-DD",
                "prompts:",
                "  - " + TODO + " a question for a team to discuss",
                "  - " + TODO + " another question for a team to discuss",
                "---",
                answered.answer().replace("\r\n", "\n").replace('\r', '\n').strip(),
                "",
                "Answer from " + answered.answeredBy() + ", practice lead, " + DAY.format(answered.answeredOn()) + ".",
                "",
                TODO + " put the answer in the page's own words, saying only what its sources say; split it into"
                        + " ## sections if it is long.",
                "");
    }

    /** Lower-case words joined by '-', from the question's first few words. */
    static String id(String question) {
        String[] words = question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        String id = String.join("-", List.of(words).subList(0, Math.min(ID_WORDS, words.length)));
        return id.isEmpty() ? "new-page" : id;
    }
}
