package uk.gov.devon.rpassistant.knowledge;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole knowledge-base folder: the good files load, a file with a problem is reported with its line and
 * skipped, and problems that span files (references to pages or contacts that do not exist) are found.
 */
class KnowledgeBaseLoaderTest {

    static final String CONTACTS = """
            # Contacts for the test
            contacts:
              - id: academy
                name: The Academy
                purpose: Training
                email: academy@example.org
                url: https://example.org/academy
                source: https://example.org/academy
                verify_before_go_live: false

              - id: insecure
                name: An insecure contact
                purpose: Nothing
                url: http://example.org/insecure
                source: https://example.org/insecure
                verify_before_go_live: true
            """;

    static final String SYNONYMS = """
            # Synonyms for the test
            rp, restorative practice

            out of hours, eds
            fgc, family group conference
            """;

    @TempDir
    Path folder;

    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    /** A good document in the house format; its file must be named {@code <id>.md}. */
    static String document(String id, String related, String contact) {
        return """
                ---
                id: %s
                title: All about %s
                topic: Restorative tools
                audience: [all staff]
                summary: A page about %s.
                questions:
                  - what is %s
                related: [%s]
                links: []
                contact: %s
                owner: Practice lead
                reviewed: 2026-11-24
                review_by: 2027-05-31
                sources:
                  - facts.md §1 Devon-specific
                prompts:
                  - Talk about it.
                ---
                The lead paragraph about %s.

                ## More about it
                A section about %s.
                """.formatted(id, id, id, id, related, contact, id, id);
    }

    @BeforeEach
    void writeFolder() throws IOException {
        write("alpha.md", document("alpha", "beta", "academy"));
        write("beta.md", document("beta", "alpha", "academy"));
        write("broken.md", "---\nid: broken\ntitle: Broken\n\nThe front matter never closes.\n");
        write("alpha-copy.md", document("alpha", "beta", "academy"));
        write("gamma.md", document("gamma", "alpha, no-such-page", "nobody"));
        write("README.md", "# A guide for content owners\n\nThis is not a document.\n");
        write("notes.txt", "Not Markdown, not read.\n");
        write(ContactsReader.FILE_NAME, CONTACTS);
        write(KnowledgeBaseLoader.SYNONYMS_FILE, SYNONYMS);
    }

    @Test
    void theGoodDocumentsLoadAndTheBrokenOnesAreSkipped() {
        KnowledgeContent content = loader.load(folder);

        assertThat(content.documents()).extracting(KnowledgeDocument::id)
                .containsExactlyInAnyOrder("alpha", "beta", "gamma");
        assertThat(content.document("alpha").orElseThrow().path()).isEqualTo(folder.resolve("alpha.md"));
        assertThat(content.sections()).extracting(Section::id).contains("alpha", "alpha/more-about-it", "gamma");
    }

    @Test
    void everyProblemIsReportedWithItsFileAndLine() {
        KnowledgeContent content = loader.load(folder);

        assertThat(content.problems())
                .extracting(problem -> problem.path().getFileName().toString(), ContentProblem::line)
                .containsExactlyInAnyOrder(
                        tuple("alpha-copy.md", 2),
                        tuple("broken.md", 1),
                        tuple("contacts.yaml", 14),
                        tuple("gamma.md", 11),
                        tuple("gamma.md", 9),
                        tuple("synonyms.txt", 4));
    }

    @Test
    void aBrokenDocumentIsReportedAtLineOne() {
        assertThat(problemIn("broken.md").line()).isEqualTo(1);
        assertThat(problemIn("broken.md").message()).isEqualTo("the front matter has no closing '---' line");
    }

    @Test
    void aCopiedPageThatKeepsTheIdOfTheOriginalIsSkippedAndTheOriginalStillLoads() {
        KnowledgeContent content = loader.load(folder);

        ContentProblem problem = problemIn("alpha-copy.md");
        assertThat(problem.path()).isEqualTo(folder.resolve("alpha-copy.md"));
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("'alpha'", "alpha-copy.md");
        assertThat(content.documents()).filteredOn(document -> document.id().equals("alpha"))
                .singleElement()
                .extracting(KnowledgeDocument::path).isEqualTo(folder.resolve("alpha.md"));
    }

    @Test
    void anUnknownRelatedPageAndAnUnknownContactAreReportedButTheDocumentStillLoads() {
        KnowledgeContent content = loader.load(folder);

        assertThat(content.document("gamma")).isPresent();
        assertThat(content.problems()).filteredOn(problem -> problem.path().equals(folder.resolve("gamma.md")))
                .extracting(ContentProblem::line, ContentProblem::message)
                .containsExactlyInAnyOrder(
                        tuple(9, "the related document 'no-such-page' does not exist"),
                        tuple(11, "the contact 'nobody' is not in contacts.yaml"));
    }

    @Test
    void aDocumentWithoutSourcesIsReportedAtTheStartOfItsFrontMatterButStillLoads() throws IOException {
        write("delta.md", DocumentReaderTest.withoutField(document("delta", "alpha", "academy"), "sources"));

        KnowledgeContent content = loader.load(folder);

        assertThat(content.document("delta")).hasValueSatisfying(delta ->
                assertThat(delta.sources()).isEmpty());
        assertThat(problemIn("delta.md")).isEqualTo(new ContentProblem(folder.resolve("delta.md"), 2,
                "the required field 'sources' is missing"));
    }

    @Test
    void aSourceOfNeitherFormIsReportedAtItsOwnLineAndTheGoodSourcesAreKept() throws IOException {
        String delta = DocumentReaderTest.replace(document("delta", "alpha", "academy"),
                "  - facts.md §1 Devon-specific\n",
                "  - facts.md §1 Devon-specific\n  - Devon's page\n  - https://www.iirp.edu/\n");
        write("delta.md", delta);

        KnowledgeContent content = loader.load(folder);

        assertThat(content.document("delta").orElseThrow().sources())
                .containsExactly("facts.md §1 Devon-specific", "https://www.iirp.edu/");
        ContentProblem problem = problemIn("delta.md");
        assertThat(problem.line()).isEqualTo(DocumentReaderTest.lineOf(delta, "  - Devon's page"));
        assertThat(problem.message()).startsWith("the source 'Devon's page' should be 'facts.md §N'");
    }

    @Test
    void theGoodDocumentsHaveTheirSources() {
        KnowledgeContent content = loader.load(folder);

        assertThat(content.document("alpha").orElseThrow().sources()).containsExactly("facts.md §1 Devon-specific");
    }

    @Test
    void aContactWithANonHttpsLinkIsReportedAtItsLineAndLeftOut() {
        KnowledgeContent content = loader.load(folder);

        ContentProblem problem = problemIn("contacts.yaml");
        assertThat(problem.line()).isEqualTo(DocumentReaderTest.lineOf(CONTACTS, "    url: http://"));
        assertThat(problem.message()).isEqualTo("the link 'http://example.org/insecure' must start with https://");
        assertThat(content.contacts()).extracting(Contact::id).containsExactly("academy");
        assertThat(content.contact("academy").orElseThrow().emailAddress()).contains("academy@example.org");
    }

    @Test
    void aSynonymRuleWithAStopWordIsReportedAtItsLine() {
        KnowledgeContent content = loader.load(folder);

        ContentProblem problem = problemIn("synonyms.txt");
        assertThat(problem.line()).isEqualTo(DocumentReaderTest.lineOf(SYNONYMS, "out of hours"));
        assertThat(problem.message()).contains("cannot be used", "out of hours, eds");
        assertThat(content.synonymRules()).contains("rp, restorative practice", "fgc, family group conference");
    }

    @Test
    void theReadmeAndFilesThatAreNotMarkdownAreNotReadAsDocuments() {
        KnowledgeContent content = loader.load(folder);

        assertThat(content.problems()).extracting(problem -> problem.path().getFileName().toString())
                .doesNotContain("README.md", "notes.txt");
        assertThat(content.documents()).extracting(document -> document.path().getFileName().toString())
                .doesNotContain("README.md", "notes.txt");
    }

    @Test
    void aLowerCaseReadmeIsNotReadAsADocumentEither() throws IOException {
        Files.move(folder.resolve("README.md"), folder.resolve("readme.md"));

        KnowledgeContent content = loader.load(folder);

        assertThat(content.problems()).extracting(problem -> problem.path().getFileName().toString())
                .doesNotContain("readme.md");
    }

    @Test
    void aMissingContactsFileIsReportedAndEveryContactReferenceWithIt() throws IOException {
        Files.delete(folder.resolve(ContactsReader.FILE_NAME));

        KnowledgeContent content = loader.load(folder);

        assertThat(content.contacts()).isEmpty();
        assertThat(content.problems()).contains(
                new ContentProblem(folder.resolve("contacts.yaml"), 0, "the contacts file is missing"),
                new ContentProblem(folder.resolve("alpha.md"), 11, "the contact 'academy' is not in contacts.yaml"));
    }

    @Test
    void aContactIdUsedTwiceIsReportedAtTheSecondAndTheFirstIsKept() throws IOException {
        String twice = CONTACTS + """

                  - id: academy
                    name: A second academy
                    purpose: Nothing
                    source: https://example.org/second
                    verify_before_go_live: false
                """;
        write(ContactsReader.FILE_NAME, twice);

        KnowledgeContent content = loader.load(folder);

        assertThat(content.contact("academy")).hasValueSatisfying(contact ->
                assertThat(contact.name()).isEqualTo("The Academy"));
        int line = twice.lines().toList().lastIndexOf("  - id: academy") + 1;
        assertThat(content.problems()).contains(new ContentProblem(folder.resolve("contacts.yaml"), line,
                "the contact id 'academy' is used twice; the first is kept"));
    }

    @Test
    void aFolderWithoutASynonymsFileLoadsWithNoRules() throws IOException {
        Files.delete(folder.resolve(KnowledgeBaseLoader.SYNONYMS_FILE));

        KnowledgeContent content = loader.load(folder);

        assertThat(content.synonymRules()).isEmpty();
        assertThat(content.problems()).extracting(problem -> problem.path().getFileName().toString())
                .doesNotContain("synonyms.txt");
    }

    @Test
    void aMissingFolderFailsWithAMessageNamingKnowledgeBasePath() {
        Path missing = folder.resolve("no-such-folder");

        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KNOWLEDGE_BASE_PATH")
                .hasMessageContaining(missing.toAbsolutePath().toString());
    }

    @Test
    void aFileInsteadOfAFolderFailsWithAMessageNamingKnowledgeBasePath() {
        assertThatThrownBy(() -> loader.load(folder.resolve("alpha.md")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KNOWLEDGE_BASE_PATH");
    }

    private ContentProblem problemIn(String fileName) {
        return loader.load(folder).problems().stream()
                .filter(problem -> problem.path().getFileName().toString().equals(fileName))
                .reduce((first, second) -> {
                    throw new AssertionError("more than one problem in " + fileName);
                })
                .orElseThrow(() -> new AssertionError("no problem in " + fileName));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, UTF_8);
    }
}
