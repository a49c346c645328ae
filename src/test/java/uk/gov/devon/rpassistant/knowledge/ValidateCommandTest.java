package uk.gov.devon.rpassistant.knowledge;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The content owners' check: exit status 0 and "OK" when the knowledge base is sound, 1 and one
 * "ERROR file:line: message" per problem when it is not, and a warning for a page past its review date.
 */
class ValidateCommandTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final String CONTACTS = """
            contacts:
              - id: academy
                name: The Academy
                purpose: Training
                source: https://example.org/academy
                verify_before_go_live: false
            """;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, UTF_8);

    @BeforeEach
    void writeAGoodKnowledgeBase() throws IOException {
        write("alpha.md", KnowledgeBaseLoaderTest.document("alpha", "beta", "academy"));
        write("beta.md", KnowledgeBaseLoaderTest.document("beta", "alpha", "academy"));
        write(ContactsReader.FILE_NAME, CONTACTS);
        write(KnowledgeBaseLoader.SYNONYMS_FILE, "rp, restorative practice\n");
    }

    @Test
    void theRealKnowledgeBaseIsOk() {
        Path knowledgeBase = Path.of(System.getProperty("knowledge-base.path", "knowledge-base"));

        int status = ValidateCommand.run(knowledgeBase, TODAY, out);

        String output = output();
        assertThat(output).doesNotContain("ERROR");
        assertThat(status).as(output).isZero();
        Matcher summary = Pattern.compile("(\\d+) documents, (\\d+) sections, (\\d+) contacts: OK").matcher(output);
        assertThat(summary.find()).as(output).isTrue();
        assertThat(Integer.parseInt(summary.group(1))).isGreaterThan(10);
        assertThat(Integer.parseInt(summary.group(2))).isGreaterThan(Integer.parseInt(summary.group(1)));
        assertThat(Integer.parseInt(summary.group(3))).isPositive();
    }

    @Test
    void aSoundKnowledgeBasePrintsOkAndReturnsZero() {
        int status = ValidateCommand.run(folder, TODAY, out);

        assertThat(status).isZero();
        assertThat(output()).isEqualTo("2 documents, 4 sections, 1 contacts: OK" + System.lineSeparator());
    }

    static Stream<Arguments> brokenFiles() {
        String good = KnowledgeBaseLoaderTest.document("gamma", "alpha", "academy");
        String emptySources = DocumentReaderTest.replace(good, "sources:\n  - facts.md §1 Devon-specific\n",
                "sources: []\n");
        String badSource = DocumentReaderTest.replace(good, "  - facts.md §1 Devon-specific\n",
                "  - facts.md §1 Devon-specific\n  - Devon's restorative page\n");
        return Stream.of(
                Arguments.of("a page without sources", "gamma.md",
                        DocumentReaderTest.withoutField(good, "sources"),
                        2, "the required field 'sources' is missing"),
                Arguments.of("an empty list of sources", "gamma.md", emptySources,
                        DocumentReaderTest.lineOf(emptySources, "sources:"),
                        "'sources' needs at least one item: where this page's facts come from, as 'facts.md §N'"
                                + " (N from 1 to 13, optionally followed by words) or an https:// address"),
                Arguments.of("a source that is neither a section of facts.md nor an https address", "gamma.md",
                        badSource, DocumentReaderTest.lineOf(badSource, "  - Devon's"),
                        "the source 'Devon's restorative page' should be 'facts.md §N' (N from 1 to 13, optionally"
                                + " followed by words) or an https:// address"),
                Arguments.of("broken front matter", "gamma.md",
                        "---\nid: gamma\ntitle: Gamma\n\nThe front matter never closes.\n",
                        1, "the front matter has no closing '---' line"),
                Arguments.of("a missing required field", "gamma.md",
                        DocumentReaderTest.withoutField(good, "owner"),
                        2, "the required field 'owner' is missing"),
                Arguments.of("a page copied with the id of the original", "alpha-copy.md",
                        KnowledgeBaseLoaderTest.document("alpha", "beta", "academy"),
                        2, "the id 'alpha' should match the file name 'alpha-copy.md'"),
                Arguments.of("an unknown related id", "gamma.md",
                        KnowledgeBaseLoaderTest.document("gamma", "alpha, no-such-page", "academy"),
                        9, "the related document 'no-such-page' does not exist"),
                Arguments.of("an unknown contact id", "gamma.md",
                        KnowledgeBaseLoaderTest.document("gamma", "alpha", "nobody"),
                        11, "the contact 'nobody' is not in contacts.yaml"),
                Arguments.of("a link that is not https", "gamma.md",
                        DocumentReaderTest.replace(good, "links: []\n",
                                "links:\n  - title: A page\n    url: http://example.org/page\n"),
                        12, "the link 'http://example.org/page' must start with https://"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aProblemIsPrintedAsAnErrorWithFileAndLineAndTheCheckFails(String kind, String fileName, String content,
            int line, String message) throws IOException {
        Path file = write(fileName, content);

        int status = ValidateCommand.run(folder, TODAY, out);

        assertThat(status).isEqualTo(1);
        assertThat(output()).contains("ERROR " + file + ":" + line + ": " + message + System.lineSeparator())
                .contains("1 problem(s)")
                .doesNotContain(": OK");
        assertThat(output().lines().filter(printed -> printed.startsWith("ERROR "))).hasSize(1);
    }

    @Test
    void everyProblemIsPrintedWhenThereAreSeveral() throws IOException {
        Path broken = write("broken.md", "no front matter\n");
        Path gamma = write("gamma.md", KnowledgeBaseLoaderTest.document("gamma", "nowhere", "nobody"));

        int status = ValidateCommand.run(folder, TODAY, out);

        assertThat(status).isEqualTo(1);
        assertThat(output().lines().filter(line -> line.startsWith("ERROR ")))
                .containsExactlyInAnyOrder(
                        "ERROR " + broken + ":1: a document must start with front matter: a line '---', the fields,"
                                + " then another '---'",
                        "ERROR " + gamma + ":9: the related document 'nowhere' does not exist",
                        "ERROR " + gamma + ":11: the contact 'nobody' is not in contacts.yaml");
        assertThat(output()).contains("3 documents, 6 sections, 1 contacts: 3 problem(s)");
    }

    @Test
    void aDocumentPastItsReviewDateIsAWarningWithFileAndLineButTheCheckPasses() throws IOException {
        String overdue = DocumentReaderTest.replace(KnowledgeBaseLoaderTest.document("gamma", "alpha", "academy"),
                "review_by: 2027-05-31", "review_by: 2026-06-30");
        Path file = write("gamma.md", overdue);

        int status = ValidateCommand.run(folder, TODAY, out);

        assertThat(status).isZero();
        assertThat(output()).contains("WARNING " + file + ":" + DocumentReaderTest.lineOf(overdue, "review_by:")
                        + ": this document was due for review on 2026-06-30")
                .doesNotContain("ERROR")
                .contains(": OK");
        assertThat(output().lines().filter(line -> line.startsWith("WARNING "))).hasSize(1);
    }

    @Test
    void aDocumentDueForReviewTodayIsNotYetOverdue() throws IOException {
        write("gamma.md", DocumentReaderTest.replace(KnowledgeBaseLoaderTest.document("gamma", "alpha", "academy"),
                "review_by: 2027-05-31", "review_by: " + TODAY));

        assertThat(ValidateCommand.run(folder, TODAY, out)).isZero();
        assertThat(output()).doesNotContain("WARNING");
    }

    @Test
    void aMissingFolderIsAnErrorNamingKnowledgeBasePath() {
        int status = ValidateCommand.run(folder.resolve("no-such-folder"), TODAY, out);

        assertThat(status).isEqualTo(1);
        assertThat(output()).startsWith("ERROR ").contains("no-such-folder", "KNOWLEDGE_BASE_PATH");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, UTF_8);
    }

    private String output() {
        return bytes.toString(UTF_8);
    }
}
