package uk.gov.devon.rpassistant.knowledge;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One knowledge-base file read on its own: a good document becomes its sections, and every kind of mistake a
 * content owner can make is reported with the file, the line to fix and a message that says what is wrong.
 */
class DocumentReaderTest {

    /** A document with every field, a lead and three {@code ##} sections; its file must be named doc-id.md. */
    static final String GOOD = """
            ---
            id: doc-id
            title: A good document
            topic: Restorative tools
            audience: [all staff, managers]
            summary: A short summary that answers the title.
            questions:
              - what is a good document
              - good doc
            section_questions:
              First part:
                - what is in the first part
                - first part please
              Who's it for?:
                - who is this for
            related: [other-doc, third-doc]
            links:
              - title: An example page
                url: https://example.org/page
            contact: social-work-academy
            owner: Restorative practice lead, Children's Services
            reviewed: 2026-11-24
            review_by: 2027-05-31
            induction_order: 3
            sources:
              - facts.md §5 Fair process
              - https://example.org/source
            prompts:
              - What would you try first?
              - What did you notice?
            ---
            The lead says **what matters most** in _plain_ words.

            ## First part
            The first part has a list:

            - listen more than you talk
            - stay **curious**

            ## Who's it for?
            Everyone who works with children.

            ## Last part
            A section with no questions of its own.
            """;

    @TempDir
    Path folder;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void aGoodDocumentIsReadWithEveryFrontMatterField() throws Exception {
        Path file = write("doc-id.md", GOOD);

        KnowledgeDocument document = reader.read(file);

        assertThat(document.id()).isEqualTo("doc-id");
        assertThat(document.title()).isEqualTo("A good document");
        assertThat(document.topic()).isEqualTo("Restorative tools");
        assertThat(document.audience()).containsExactly("all staff", "managers");
        assertThat(document.summary()).isEqualTo("A short summary that answers the title.");
        assertThat(document.questions()).containsExactly("what is a good document", "good doc");
        assertThat(document.related()).containsExactly("other-doc", "third-doc");
        assertThat(document.links()).containsExactly(new Link("An example page", "https://example.org/page"));
        assertThat(document.sources()).containsExactly("facts.md §5 Fair process", "https://example.org/source");
        assertThat(document.contactId()).isEqualTo("social-work-academy");
        assertThat(document.owner()).isEqualTo("Restorative practice lead, Children's Services");
        assertThat(document.reviewed()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(document.reviewBy()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(document.inductionOrder()).isEqualTo(OptionalInt.of(3));
        assertThat(document.prompts()).containsExactly("What would you try first?", "What did you notice?");
        assertThat(document.path()).isEqualTo(file);
    }

    @Test
    void theFrontMatterLinesAreThoseOfTheFile() throws Exception {
        KnowledgeDocument document = reader.read(write("doc-id.md", GOOD));

        assertThat(document.lineOf("id")).isEqualTo(2);
        assertThat(document.lineOf("contact")).isEqualTo(lineOf(GOOD, "contact:"));
        assertThat(document.lineOf("review_by")).isEqualTo(lineOf(GOOD, "review_by:"));
        assertThat(document.lineOf("not-a-field")).isEqualTo(1);
    }

    @Test
    void aGoodDocumentIsSplitIntoItsLeadAndItsSectionsWithSlugIds() throws Exception {
        KnowledgeDocument document = reader.read(write("doc-id.md", GOOD));

        assertThat(document.sections()).extracting(Section::id)
                .containsExactly("doc-id", "doc-id/first-part", "doc-id/who-s-it-for", "doc-id/last-part");
        assertThat(document.sections()).extracting(Section::heading)
                .containsExactly("A good document", "First part", "Who's it for?", "Last part");
        assertThat(document.sections()).extracting(Section::documentId).containsOnly("doc-id");
        assertThat(document.lead().isLead()).isTrue();
        assertThat(document.sections().subList(1, 4)).noneMatch(Section::isLead);
    }

    @Test
    void theDocumentQuestionsBelongToTheLeadAndSectionQuestionsToTheirOwnSection() throws Exception {
        KnowledgeDocument document = reader.read(write("doc-id.md", GOOD));

        assertThat(document.lead().questions()).containsExactly("what is a good document", "good doc");
        assertThat(section(document, "doc-id/first-part").questions())
                .containsExactly("what is in the first part", "first part please");
        assertThat(section(document, "doc-id/who-s-it-for").questions()).containsExactly("who is this for");
        assertThat(section(document, "doc-id/last-part").questions()).isEmpty();
    }

    @Test
    void sectionTextIsPlainTextWithoutMarkdownMarks() throws Exception {
        KnowledgeDocument document = reader.read(write("doc-id.md", GOOD));

        assertThat(document.lead().text()).isEqualTo("The lead says what matters most in plain words.");
        String firstPart = section(document, "doc-id/first-part").text();
        assertThat(firstPart).doesNotContain("**", "## ")
                .contains("The first part has a list:")
                .contains("- listen more than you talk\n- stay curious");
        assertThat(section(document, "doc-id/who-s-it-for").text()).isEqualTo("Everyone who works with children.");
    }

    @Test
    void aHashHeadingInsideAFencedCodeBlockDoesNotStartASection() throws Exception {
        Path file = write("doc-id.md", GOOD.replace("Everyone who works with children.\n",
                "Everyone who works with children.\n\n```\n## Not a heading\n```\n"));

        KnowledgeDocument document = reader.read(file);

        assertThat(document.sections()).extracting(Section::id).doesNotContain("doc-id/not-a-heading").hasSize(4);
        assertThat(section(document, "doc-id/who-s-it-for").text()).contains("## Not a heading");
    }

    @Test
    void aFileWithNoFrontMatterIsReportedAtLineOne() throws Exception {
        Path file = write("doc-id.md", "# A page\n\nJust some text.\n");

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).contains("must start with front matter", "'---'");
    }

    @Test
    void anEmptyFileIsReportedAtLineOne() throws Exception {
        Path file = write("doc-id.md", "");

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).contains("must start with front matter");
    }

    @Test
    void aDocumentWithoutClosingFenceIsReportedAtLineOne() throws Exception {
        Path file = write("doc-id.md", "---\nid: doc-id\ntitle: A good document\n\nThe lead.\n\n## A part\nText.\n");

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).isEqualTo("the front matter has no closing '---' line");
    }

    @Test
    void aBadlyIndentedFieldIsInvalidYamlReportedAtItsLine() throws Exception {
        String content = replace(GOOD, "topic: Restorative tools\n", "  topic: Restorative tools\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(lineOf(content, "  topic:")).isEqualTo(4);
        assertThat(problem.message()).startsWith("the front matter is not valid YAML: ");
    }

    @Test
    void aBadlyIndentedListItemIsInvalidYamlReportedAtItsLine() throws Exception {
        String content = replace(GOOD, "  - good doc\n", " - good doc\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, " - good doc"));
        assertThat(problem.message()).startsWith("the front matter is not valid YAML: ");
    }

    @Test
    void anUnclosedQuoteIsInvalidYamlReportedAtTheLineOfTheQuote() throws Exception {
        String content = replace(GOOD, "title: A good document\n", "title: \"A good document\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "title:")).isEqualTo(3);
        assertThat(problem.message()).startsWith("the front matter is not valid YAML: ").contains("quoted");
    }

    @Test
    void anUnclosedQuoteIsInvalidYamlReportedWithinTheFrontMatter() throws Exception {
        String content = replace(GOOD, "title: A good document\n", "title: \"A good document\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isBetween(lineOf(content, "title:"), lineOf(content, "prompts:") + 2);
        assertThat(problem.message()).startsWith("the front matter is not valid YAML: ");
    }

    @Test
    void emptyFrontMatterIsReported() throws Exception {
        Path file = write("doc-id.md", "---\n---\nThe lead.\n");

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).isEqualTo("the front matter is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "title", "topic", "summary", "contact", "owner", "reviewed", "review_by",
            "questions", "audience", "sources"})
    void aMissingRequiredFieldIsReportedByName(String field) throws Exception {
        String content = withoutField(GOOD, field);
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).as("the first line of the front matter").isEqualTo(2);
        assertThat(problem.message()).isEqualTo("the required field '" + field + "' is missing");
    }

    @Test
    void anEmptyQuestionsListIsReportedAtItsLine() throws Exception {
        String content = replace(GOOD, "questions:\n  - what is a good document\n  - good doc\n", "questions: []\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "questions:"));
        assertThat(problem.message()).isEqualTo("'questions' needs at least one item");
    }

    @ParameterizedTest
    @ValueSource(strings = {"facts.md §1", "facts.md §13", "facts.md §4 Social discipline window",
            "facts.md §1 Devon-specific, the seed page", "https://www.iirp.edu/", "https://example.org/a?b=c#d"})
    void aSourceIsASectionOfFactsOrAnHttpsAddress(String source) throws Exception {
        Path file = write("doc-id.md", replace(GOOD, "  - facts.md §5 Fair process\n", "  - " + source + "\n"));

        assertThat(reader.read(file).sources()).containsExactly(source, "https://example.org/source");
    }

    @ParameterizedTest
    @ValueSource(strings = {"facts.md", "facts.md §", "facts.md 5", "facts §5", "facts.md §5x", "facts.md§5",
            "Devon's page", "http://example.org/page", "https://", "https:// example.org", "www.iirp.edu",
            "the IIRP website https://www.iirp.edu/"})
    void aSourceOfNeitherFormIsReportedAtItsOwnLine(String source) throws Exception {
        String content = replace(GOOD, "  - facts.md §5 Fair process\n", "  - " + source + "\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "  - " + source));
        assertThat(problem.message()).isEqualTo("the source '" + source + "' should be 'facts.md §N' (N from 1 to"
                + " 13, optionally followed by words) or an https:// address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "14", "99", "05", "123"})
    void aSourceNamingASectionThatFactsDoesNotHaveIsReported(String number) throws Exception {
        String content = replace(GOOD, "  - facts.md §5 Fair process\n",
                "  - facts.md §" + number + " Fair process\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "  - facts.md §" + number));
        assertThat(problem.message()).isEqualTo("the source 'facts.md §" + number + " Fair process' names a section"
                + " that facts.md does not have; its sections are §1 to §13");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources: []\n", "sources:\n"})
    void anEmptySourcesListIsReportedAtItsLine(String empty) throws Exception {
        String content = replace(GOOD, "sources:\n  - facts.md §5 Fair process\n  - https://example.org/source\n",
                empty);
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "sources:"));
        assertThat(problem.message()).startsWith("'sources' needs at least one item")
                .contains("facts.md §N", "https://");
    }

    @Test
    void sourcesGivenAsOneValueRatherThanAListAreReportedAtTheirLine() throws Exception {
        String content = replace(GOOD, "sources:\n  - facts.md §5 Fair process\n  - https://example.org/source\n",
                "sources: facts.md §5 Fair process\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "sources:"));
        assertThat(problem.message()).isEqualTo("'sources' should be a list (lines starting with '- ', or [a, b])");
    }

    @Test
    void everyBadSourceIsReportedAtItsLineAndTheDocumentStillLoadsWithItsGoodSources() throws Exception {
        String content = replace(GOOD, "  - https://example.org/source\n",
                "  - https://example.org/source\n  - Devon's page\n  - facts.md §14\n");
        Path file = write("doc-id.md", content);
        List<ContentProblem> problems = new ArrayList<>();

        KnowledgeDocument document = reader.read(file, problems::add);

        assertThat(document.sources()).containsExactly("facts.md §5 Fair process", "https://example.org/source");
        assertThat(document.sections()).hasSize(4);
        assertThat(problems).extracting(ContentProblem::path, ContentProblem::line).containsExactly(
                tuple(file, lineOf(content, "  - Devon's page")), tuple(file, lineOf(content, "  - facts.md §14")));
    }

    @Test
    void aDocumentWithoutSourcesStillLoadsAndTheMissingFieldIsReportedAtTheStartOfTheFrontMatter()
            throws Exception {
        Path file = write("doc-id.md", withoutField(GOOD, "sources"));
        List<ContentProblem> problems = new ArrayList<>();

        KnowledgeDocument document = reader.read(file, problems::add);

        assertThat(document.id()).isEqualTo("doc-id");
        assertThat(document.sources()).isEmpty();
        assertThat(problems).containsExactly(new ContentProblem(file, 2, "the required field 'sources' is missing"));
    }

    @Test
    void aDocumentThatCannotBeReadIsNotAlsoReportedForItsSources() throws Exception {
        Path file = write("doc-id.md", withoutField(withoutField(GOOD, "sources"), "owner"));
        List<ContentProblem> problems = new ArrayList<>();

        ContentException thrown = catchThrowableOfType(ContentException.class, () -> reader.read(file, problems::add));

        assertThat(thrown.problem().message()).isEqualTo("the required field 'owner' is missing");
        assertThat(problems).isEmpty();
    }

    @Test
    void anIdThatDoesNotMatchTheFileNameIsReportedAtTheIdLine() throws Exception {
        Path file = write("doc-id.md", replace(GOOD, "id: doc-id\n", "id: another-id\n"));

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("'another-id'", "should match the file name 'doc-id.md'");
    }

    @Test
    void anIdThatIsNotLowerCaseWordsJoinedByHyphensIsReportedAtTheIdLine() throws Exception {
        Path file = write("Doc_Id.md", replace(GOOD, "id: doc-id\n", "id: Doc_Id\n"));

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("'Doc_Id'", "lower-case words joined by '-'");
    }

    @Test
    void aLinkThatIsNotHttpsIsReportedAtTheLineOfItsUrl() throws Exception {
        String content = replace(GOOD, "url: https://example.org/page", "url: http://example.org/page");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(lineOf(content, "    url:")).isEqualTo(19);
        assertThat(problem.message()).isEqualTo("the link 'http://example.org/page' must start with https://");
    }

    @Test
    void aLinkWithoutAUrlIsReportedAtTheLineOfTheLink() throws Exception {
        String content = replace(GOOD, "    url: https://example.org/page\n", "");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "  - title: An example page"));
        assertThat(problem.message()).isEqualTo("the required field 'url' is missing");
    }

    @Test
    void anImpossibleDateIsReportedAtTheLineOfTheField() throws Exception {
        String content = replace(GOOD, "reviewed: 2026-11-24", "reviewed: 2026-02-30");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(lineOf(content, "reviewed:"));
        assertThat(problem.message()).isEqualTo("'reviewed' should be a date like 2027-05-31, not '2026-02-30'");
    }

    @Test
    void aDateInTheWrongFormatIsReportedAtTheLineOfTheField() throws Exception {
        String content = replace(GOOD, "review_by: 2027-05-31", "review_by: 31/05/2027");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "review_by:"));
        assertThat(problem.message()).isEqualTo("'review_by' should be a date like 2027-05-31, not '31/05/2027'");
    }

    @Test
    void anUnknownAudienceIsReportedWithTheAudiencesAllowed() throws Exception {
        String content = replace(GOOD, "audience: [all staff, managers]", "audience: [all staff, everyone]");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(lineOf(content, "audience:")).isEqualTo(5);
        assertThat(problem.message()).startsWith("unknown audience 'everyone'")
                .contains("all staff", "new starters", "managers", "partner agencies");
    }

    @Test
    void aDocumentWithoutALeadParagraphIsReportedAtTheLineAfterTheFrontMatter() throws Exception {
        String content = replace(GOOD, "The lead says **what matters most** in _plain_ words.\n\n", "");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(lineOf(content, "## First part"))
                .isEqualTo(lineOf(GOOD, "prompts:") + 4);
        assertThat(problem.message()).isEqualTo("a document needs a lead paragraph before its first '## ' heading");
    }

    @Test
    void aHeadingUsedTwiceIsReportedAtItsSecondUse() throws Exception {
        String content = replace(GOOD, "## Last part\n", "## First part\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(lastLineOf(content, "## First part"))
                .isGreaterThan(lineOf(content, "## First part"));
        assertThat(problem.message()).isEqualTo("the heading 'First part' is used twice in this document");
    }

    @Test
    void twoHeadingsWithTheSameSlugAreReportedAtTheSecond() throws Exception {
        String content = replace(GOOD, "## Last part\n", "## First part!\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "## First part!"));
        assertThat(problem.message()).contains("'First part!'", "doc-id/first-part");
    }

    @Test
    void aSectionWithNoTextIsReportedAtItsHeading() throws Exception {
        String content = replace(GOOD, "Everyone who works with children.\n", "");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "## Who's it for?"));
        assertThat(problem.message()).isEqualTo("the section 'Who's it for?' has no text");
    }

    @Test
    void sectionQuestionsForAHeadingThatDoesNotExistAreReported() throws Exception {
        String content = replace(GOOD, "  First part:\n", "  Frist part:\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(lineOf(content, "section_questions:"));
        assertThat(problem.message())
                .isEqualTo("section_questions names 'Frist part', but there is no '## Frist part' heading");
    }

    @Test
    void aFieldGivenTwiceIsReportedAtItsSecondLine() throws Exception {
        String content = replace(GOOD, "owner: Restorative practice lead, Children's Services\n",
                "owner: Restorative practice lead, Children's Services\ntitle: Another title\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(lineOf(content, "title: Another title"));
        assertThat(problem.message()).isEqualTo("'title' is given twice");
    }

    @Test
    void aListWhereOneValueIsExpectedIsReportedAtItsLine() throws Exception {
        String content = replace(GOOD, "topic: Restorative tools\n", "topic: [Restorative tools, Careers]\n");
        Path file = write("doc-id.md", content);

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isEqualTo(lineOf(content, "topic:"));
        assertThat(problem.message()).isEqualTo("'topic' should be a single value, not a list");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedForTheWholeFile() throws Exception {
        Path file = folder.resolve("doc-id.md");
        Files.write(file, GOOD.replace("Everyone", "Everyone\u00e9").getBytes(ISO_8859_1));

        ContentProblem problem = problemReading(file);

        assertThat(problem.line()).isZero();
        assertThat(problem.message()).isEqualTo("the file is not UTF-8 text");
    }

    @Test
    void aFileSavedWithAByteOrderMarkIsReadLikeAnyOther() throws Exception {
        Path file = write("doc-id.md", "\uFEFF" + GOOD);

        assertThat(reader.read(file).id()).isEqualTo("doc-id");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, UTF_8);
    }

    private ContentProblem problemReading(Path file) {
        ContentException thrown = catchThrowableOfType(ContentException.class, () -> reader.read(file));
        assertThat(thrown).as("reading %s should fail", file.getFileName()).isNotNull();
        return thrown.problem();
    }

    private static Section section(KnowledgeDocument document, String id) {
        return document.sections().stream().filter(section -> section.id().equals(id)).findFirst().orElseThrow();
    }

    /** The text with one exact piece replaced; fails if the piece is not there, so no test passes by accident. */
    static String replace(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    /** The 1-based number of the first line of the text that starts with the given prefix. */
    static int lineOf(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with '" + prefix + "'");
    }

    private static int lastLineOf(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with '" + prefix + "'");
    }

    /** The document without one top-level field: its line and any indented lines under it. */
    static String withoutField(String text, String field) {
        List<String> kept = new ArrayList<>();
        boolean removing = false;
        boolean removed = false;
        for (String line : text.lines().toList()) {
            if (line.startsWith(field + ":")) {
                removing = true;
                removed = true;
                continue;
            }
            if (removing && line.startsWith(" ")) {
                continue;
            }
            removing = false;
            kept.add(line);
        }
        assertThat(removed).as("the document has a '%s' field", field).isTrue();
        return String.join("\n", kept) + "\n";
    }
}
