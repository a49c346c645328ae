package uk.gov.devon.rpassistant.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import uk.gov.devon.rpassistant.knowledge.ContentChecks;
import uk.gov.devon.rpassistant.knowledge.ContentProblem;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBaseLoader;
import uk.gov.devon.rpassistant.knowledge.KnowledgeContent;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;

/**
 * Drafts from a practice lead's answer are the shape the knowledge base needs: read by the real loader and checked
 * by the real content checks, in a copy of the real knowledge base (so its contacts and documents exist).
 */
class ContentDraftsTest {

    static final ContentDrafts.Answered ANSWERED = new ContentDrafts.Answered(
            "Can I run a check-in circle on Teams with a family?",
            "Yes. Keep it short, agree how people will take turns (the chat or raised hands) and start with an easy"
                    + " round.\r\nThe same restorative questions work online.",
            "Sam Practice-Lead", LocalDate.of(2026, 11, 30), Optional.of("Restorative tools"),
            List.of("using-circles", "circles-and-check-ins", "not a valid id"));

    /** What a content owner would put in place of each TODO, by the line it is on. */
    static final Map<String, String> FILLED = Map.ofEntries(
            Map.entry("title: ", "title: Circles on Teams"),
            Map.entry("summary: ", "summary: A check-in circle can run on Teams, with agreed turns."),
            Map.entry("  - TODO 7 to 15", "  - circle on teams\n  - online circle\n  - virtual check in"),
            Map.entry("  - TODO facts.md", "  - facts.md §1 Devon-specific"),
            Map.entry("contact: ", "contact: social-work-academy"),
            Map.entry("owner: ", "owner: Restorative practice lead, Children's Services"),
            Map.entry("reviewed: ", "reviewed: 2026-12-01"),
            Map.entry("review_by: ", "review_by: 2027-06-01"),
            Map.entry("  - TODO a question", "  - When have we run a circle online?"),
            Map.entry("  - TODO another", "  - What makes an online circle feel safe?"),
            Map.entry("TODO put the answer", ""));

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheRealKnowledgeBase() throws IOException {
        Path real = Path.of(System.getProperty("knowledge-base.path", "knowledge-base"));
        try (Stream<Path> files = Files.list(real)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void aNewDocumentDraftWithItsTodosFilledInIsAcceptedByTheContentCheck() throws IOException {
        String filled = fillIn(ContentDrafts.newDocument(ANSWERED));
        assertThat(filled).doesNotContain(ContentDrafts.TODO);
        Path file = write(filled);

        KnowledgeContent content = new KnowledgeBaseLoader().load(folder);

        assertThat(problemsWith(file, content)).isEmpty();
        KnowledgeDocument document = content.document("can-i-run-a-check-in").orElseThrow();
        assertThat(document.questions()).first().isEqualTo(ANSWERED.question());
        assertThat(document.topic()).isEqualTo("Restorative tools");
        assertThat(document.related()).containsExactly("using-circles", "circles-and-check-ins");
        assertThat(document.lead().text()).contains("agree how people will take turns")
                .contains("The same restorative questions work online.")
                .contains("Answer from Sam Practice-Lead, practice lead, 30 November 2026.");
    }

    @Test
    void anUnfinishedDraftIsFlaggedAndDoesNotLoad() throws IOException {
        Path file = write(ContentDrafts.newDocument(ANSWERED));

        KnowledgeContent content = new KnowledgeBaseLoader().load(folder);

        assertThat(content.document("can-i-run-a-check-in")).isEmpty();
        assertThat(problemsWith(file, content)).extracting(ContentProblem::message)
                .anySatisfy(message -> assertThat(message).contains("'reviewed' should be a date"));
    }

    @Test
    void aDraftWhoseSourceIsStillTodoIsFlaggedOnTheSourcesLine() throws IOException {
        String draft = fillIn(ContentDrafts.newDocument(ANSWERED)).replace("  - facts.md §1 Devon-specific",
                "  - TODO facts.md §N or the https address this answer comes from");
        Path file = write(draft);

        List<ContentProblem> problems = problemsWith(file, new KnowledgeBaseLoader().load(folder));

        int sourcesLine = draft.lines().toList().indexOf("sources:") + 2;
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(sourcesLine);
            assertThat(problem.message()).contains("should be 'facts.md §N'");
        });
    }

    @Test
    void aDraftWithNoTopicOrNearestDocumentsLeavesTheTopicToTheContentOwner() {
        String draft = ContentDrafts.newDocument(new ContentDrafts.Answered("what is a restorative chat", "An answer.",
                "Sam", LocalDate.of(2026, 11, 30), Optional.empty(), List.of()));

        assertThat(draft).contains("\ntopic: TODO ").contains("\nrelated: []\n")
                .contains("questions:\n  - \"what is a restorative chat\"\n");
        assertThat(ContentDrafts.fileName(new ContentDrafts.Answered("???", "a", "b", LocalDate.EPOCH,
                Optional.empty(), List.of()))).isEqualTo("new-page.md");
    }

    @Test
    void aReadyLineIsValidYamlForAQuestionsList() {
        String line = ContentDrafts.questionsLine("  what does \"WITH\" mean\n here, C:\\new ");

        assertThat(line).isEqualTo("  - \"what does 'WITH' mean here, C:\\\\new\"");
        Map<String, List<String>> yaml = new Yaml().load("questions:\n" + line);
        assertThat(yaml.get("questions")).containsExactly("what does 'WITH' mean here, C:\\new");
    }

    private Path write(String draft) throws IOException {
        Path file = folder.resolve(ContentDrafts.fileName(ANSWERED));
        Files.writeString(file, draft, StandardCharsets.UTF_8);
        return file;
    }

    private List<ContentProblem> problemsWith(Path file, KnowledgeContent content) {
        return ContentChecks.problems(folder, content).stream()
                .filter(problem -> problem.path().getFileName().equals(file.getFileName())).toList();
    }

    private static String fillIn(String draft) {
        return draft.lines().map(line -> FILLED.entrySet().stream()
                .filter(entry -> line.startsWith(entry.getKey()) && line.contains(ContentDrafts.TODO))
                .map(Map.Entry::getValue).findFirst().orElse(line))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
