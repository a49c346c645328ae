package uk.gov.devon.rpassistant.knowledge;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search over a small fixture knowledge base (src/test/resources/fixtures/search-kb) with the real sentence
 * embedding model: the right section first, synonyms, spelling, low similarity for questions the knowledge
 * base does not cover, hostile input, passages, and the embedding cache.
 */
class KnowledgeBaseSearchTest {

    /** Loading the model takes about a second, so one is shared by every test here. */
    static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

    static final String LONG_SECTION = "supervision/supervision-records";

    @TempDir
    static Path shared;

    static Path knowledgeBaseFolder;
    static KnowledgeBase knowledgeBase;
    /** How many texts a build with an empty cache embeds: every section, and whatever else the design adds. */
    static int freshEmbeddings;

    @TempDir
    Path folder;

    @BeforeAll
    static void buildTheKnowledgeBase() throws Exception {
        knowledgeBaseFolder = copyFixture(shared.resolve("search-kb"));
        KnowledgeContent content = new KnowledgeBaseLoader().load(knowledgeBaseFolder);
        assertThat(content.problems()).as("the fixture is sound").isEmpty();
        CountingEmbedder counting = new CountingEmbedder(EMBEDDER);
        knowledgeBase = new KnowledgeBase(content, counting, new EmbeddingCache(shared.resolve("cache")));
        freshEmbeddings = counting.calls();
        assertThat(knowledgeBase.sectionCount()).isEqualTo(19);
        assertThat(freshEmbeddings).as("every section is embedded").isGreaterThanOrEqualTo(19);
    }

    @AfterAll
    static void closeTheKnowledgeBase() throws IOException {
        knowledgeBase.close();
    }

    static Stream<Arguments> questionsAndTheirSections() {
        List<Arguments> questions = List.of(
                Arguments.of("which object is passed from person to person", "circles/the-talking-piece"),
                Arguments.of("can grandparents come to a family group conference",
                        "family-group-conferences/who-comes-to-a-conference"),
                Arguments.of("does my manager need to approve my course booking", "training/booking-a-place"),
                Arguments.of("what does OARS stand for", "motivational-interviewing/the-oars-skills"),
                Arguments.of("do the professionals leave during private family time",
                        "family-group-conferences/private-family-time"),
                Arguments.of("safeguarding concern at the weekend", "safeguarding-routes/out-of-hours"),
                Arguments.of("where are supervision notes stored", LONG_SECTION),
                Arguments.of("what is fair process", "fair-process"));
        List<Arguments> withModes = new ArrayList<>();
        for (SearchMode mode : List.of(SearchMode.KEYWORDS, SearchMode.HYBRID)) {
            questions.forEach(question -> withModes.add(Arguments.of(mode, question.get()[0], question.get()[1])));
        }
        return withModes.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("questionsAndTheirSections")
    void theRightSectionComesFirst(SearchMode mode, String question, String sectionId) {
        SearchResult result = knowledgeBase.search(question, mode);

        assertThat(result.best()).as("candidates: %s", ids(result)).isPresent()
                .get().extracting(candidate -> candidate.section().id()).isEqualTo(sectionId);
    }

    @Test
    void aQuestionTheKnowledgeBaseCoversIsCloseInMeaningToItsBestCandidate() {
        Candidate best = knowledgeBase.search("where are supervision notes stored").best().orElseThrow();

        assertThat(best.section().id()).isEqualTo(LONG_SECTION);
        assertThat(best.similarity()).isGreaterThan(0.6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is the capital of France", "how do I renew my car tax"})
    void aQuestionAboutSomethingUnrelatedHasLowSimilarityOnItsBestCandidate(String question) {
        SearchResult result = knowledgeBase.search(question, SearchMode.HYBRID);

        assertThat(result.meaningfulWords()).isPositive();
        assertThat(result.best()).as("the vectors always give a nearest section").isPresent();
        assertThat(result.best().orElseThrow().similarity()).isLessThan(0.3);
        assertThat(knowledgeBase.search(question, SearchMode.KEYWORDS).candidates())
                .as("no word of it is in the knowledge base").isEmpty();
        assertThat(result.correctedQuestion()).as("unknown words are not bent into known ones").isEmpty();
    }

    @Test
    void anAbbreviationDefinedOnlyInTheSynonymsFindsItsSection() {
        assertThat(knowledgeBase.search("eds", SearchMode.KEYWORDS).candidates())
                .as("'eds' is in no document, so the words as typed find nothing").isEmpty();

        for (SearchMode mode : List.of(SearchMode.KEYWORDS_WITH_SYNONYMS, SearchMode.HYBRID)) {
            SearchResult result = knowledgeBase.search("eds", mode);
            assertThat(result.best()).as("%s: %s", mode, ids(result)).isPresent()
                    .get().extracting(candidate -> candidate.section().id())
                    .isEqualTo("safeguarding-routes/out-of-hours");
        }
    }

    @ParameterizedTest
    @EnumSource(value = SearchMode.class, names = {"KEYWORDS_WITH_SYNONYMS", "HYBRID"})
    void aMisspeltQuestionIsCorrectedAndFindsTheRightSection(SearchMode mode) {
        SearchResult result = knowledgeBase.search("motivatonal intervewing", mode);

        assertThat(result.correctedQuestion()).contains("motivational interviewing");
        assertThat(result.best()).as("candidates: %s", ids(result)).isPresent()
                .get().extracting(candidate -> candidate.section().id()).isEqualTo("motivational-interviewing");
    }

    @Test
    void aCorrectionKeepsTheWordsThatWereRight() {
        SearchResult result = knowledgeBase.search("Who comes to a famly group conferense?");

        assertThat(result.correctedQuestion()).contains("Who comes to a family group conference?");
        assertThat(result.best().orElseThrow().section().id())
                .isEqualTo("family-group-conferences/who-comes-to-a-conference");
    }

    @Test
    void aQuestionSpeltRightIsNotCorrected() {
        assertThat(knowledgeBase.search("what is a talking piece").correctedQuestion()).isEmpty();
    }

    @Test
    void aKnownWordWithAnEndingIsSpeltRightToo() {
        // "calms" is not in the vocabulary and used to become "calls"; "placements" became "placement".
        assertThat(knowledgeBase.search("smoking is the only thing that calms her down").correctedQuestion()).isEmpty();
        assertThat(knowledgeBase.search("why do foster placements break down").correctedQuestion()).isEmpty();
    }

    @Test
    void keywordSearchSearchesTheWordsAsTyped() {
        SearchResult result = knowledgeBase.search("motivatonal intervewing", SearchMode.KEYWORDS);

        assertThat(result.correctedQuestion()).isEmpty();
        assertThat(result.candidates()).isEmpty();
    }

    static Stream<Arguments> hostileQuestions() {
        List<String> nonBlank = List.of("AND OR (", "\"unclosed", "*", "title:x", "?", "restorative AND (circle OR",
                "body:talking~2 AND id:*", "a".repeat(10_000), "circle ".repeat(1_500), "!!! ??? ... ,,, ;;; ---",
                "\uD83D\uDE42\uD83C\uDF89", "talking piece \uD83D\uDE42", "\\", "[]{}()<>", "ééé ñ ü \u00a0");
        List<Arguments> arguments = new ArrayList<>();
        for (SearchMode mode : SearchMode.values()) {
            nonBlank.forEach(question -> arguments.add(Arguments.of(mode, question)));
        }
        for (SearchMode mode : List.of(SearchMode.KEYWORDS, SearchMode.KEYWORDS_WITH_SYNONYMS)) {
            Stream.of("", "   ", null).forEach(question -> arguments.add(Arguments.of(mode, question)));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileQuestions")
    void hostileInputReturnsWithoutAnException(SearchMode mode, String question) {
        SearchResult[] result = new SearchResult[1];

        assertThatCode(() -> result[0] = knowledgeBase.search(question, mode)).doesNotThrowAnyException();

        assertThat(result[0]).isNotNull();
        assertThat(result[0].candidates()).hasSizeLessThanOrEqualTo(20)
                .allSatisfy(candidate -> assertThat(candidate.similarity()).isBetween(-1.0, 1.0));
        Section longSection = knowledgeBase.section(LONG_SECTION).orElseThrow();
        assertThatCode(() -> knowledgeBase.passage(longSection, question)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "?", "!!! ??? ... ,,, ;;; ---", "\"", "AND OR ("})
    void punctuationAndOperatorsHaveNoMeaningfulWords(String question) {
        SearchResult result = knowledgeBase.search(question, SearchMode.KEYWORDS);

        assertThat(result.meaningfulWords()).isZero();
        assertThat(result.candidates()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SearchMode.class)
    void aBlankQuestionFindsNothingInEveryMode(SearchMode mode) {
        for (String question : Arrays.asList("", "   ", "\t\n", null, "\u0001")) {
            assertThatCode(() -> knowledgeBase.search(question, mode)).as("'%s'", question)
                    .doesNotThrowAnyException();
            assertThat(knowledgeBase.search(question, mode).meaningfulWords()).isZero();
        }
    }

    @Test
    void aVeryLongQuestionIsSearchedByItsFirstPart() {
        String start = "who comes to a family group conference ";
        String question = start + "and ".repeat(2_500);
        assertThat(question).hasSizeGreaterThan(10_000);

        SearchResult result = knowledgeBase.search(question, SearchMode.HYBRID);

        assertThat(ids(result)).isEqualTo(ids(knowledgeBase.search(
                question.substring(0, KnowledgeBase.MAX_QUESTION_LENGTH), SearchMode.HYBRID)));
        assertThat(result.best().orElseThrow().section().id())
                .isEqualTo("family-group-conferences/who-comes-to-a-conference");
    }

    @Test
    void thePassageOfALongSectionIsItsSentencesThatAnswerTheQuestion() {
        Section section = knowledgeBase.section(LONG_SECTION).orElseThrow();
        assertThat(section.text()).hasSizeGreaterThan(Passages.SHORT_SECTION);

        String passage = knowledgeBase.passage(section, "where are supervision notes stored");

        assertThat(passage).hasSizeLessThan(section.text().length())
                .contains("Supervision notes are stored on the worker's personnel file within five working days"
                        + " of the session.")
                .doesNotContain("Every session starts by agreeing an agenda together.");
    }

    @Test
    void thePassageOfAShortSectionIsTheWholeSection() {
        Section section = knowledgeBase.section("circles/the-talking-piece").orElseThrow();

        assertThat(knowledgeBase.passage(section, "who speaks")).isEqualTo(section.text());
    }

    @Test
    void thePassageOfALongSectionForAQuestionWithNoMatchIsItsOpening() {
        Section section = knowledgeBase.section(LONG_SECTION).orElseThrow();

        String passage = knowledgeBase.passage(section, "what is the capital of France");

        assertThat(passage).startsWith("Every session starts by agreeing an agenda together.")
                .hasSizeLessThanOrEqualTo(Passages.SHORT_SECTION);
    }

    @Test
    void aSecondKnowledgeBaseOverTheSameContentEmbedsNoSectionAgain() throws Exception {
        Path cache = folder.resolve("cache");
        CountingEmbedder first = new CountingEmbedder(EMBEDDER);
        List<String> firstIds;
        List<Double> firstSimilarities;
        try (KnowledgeBase built = build(knowledgeBaseFolder, first, cache)) {
            assertThat(first.calls()).isEqualTo(freshEmbeddings);
            SearchResult result = built.search("what is a talking piece", SearchMode.VECTORS);
            firstIds = ids(result);
            firstSimilarities = result.candidates().stream().map(Candidate::similarity).toList();
        }
        assertThat(cache.resolve("sections-" + EMBEDDER.modelId() + ".bin")).isNotEmptyFile();

        CountingEmbedder second = new CountingEmbedder(EMBEDDER);
        try (KnowledgeBase rebuilt = build(knowledgeBaseFolder, second, cache)) {
            assertThat(second.calls()).as("no section text embedded").isZero();

            SearchResult result = rebuilt.search("what is a talking piece", SearchMode.VECTORS);

            assertThat(second.calls()).as("only the question embedded").isEqualTo(1);
            assertThat(ids(result)).isEqualTo(firstIds);
            assertThat(result.candidates()).extracting(Candidate::similarity).isEqualTo(firstSimilarities);
        }
    }

    @Test
    void aChangedSectionIsTheOnlyOneEmbeddedAgain() throws Exception {
        Path content = copyFixture(folder.resolve("kb"));
        Path cache = folder.resolve("cache");
        try (KnowledgeBase built = build(content, new CountingEmbedder(EMBEDDER), cache)) {
            assertThat(built.sectionCount()).isEqualTo(19);
        }
        Path training = content.resolve("training.md");
        Files.writeString(training, Files.readString(training, UTF_8)
                .replace("The foundation course lasts two days.", "The foundation course lasts three days."), UTF_8);

        CountingEmbedder counting = new CountingEmbedder(EMBEDDER);
        try (KnowledgeBase rebuilt = build(content, counting, cache)) {
            assertThat(counting.calls()).isEqualTo(1);
            assertThat(rebuilt.section("training/course-length").orElseThrow().text()).contains("three days");
        }
    }

    static Stream<Arguments> corruptCaches() {
        return Stream.of(
                Arguments.of("an empty file", new byte[0]),
                Arguments.of("text", "this is not a vector cache".getBytes(UTF_8)),
                Arguments.of("the right format number, then nothing", new byte[] {0, 0, 0, 1}),
                Arguments.of("a negative vector length",
                        new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 'k', -1, -1, -1, -1}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptCaches")
    void aCorruptCacheFileIsRebuiltWithoutFailing(String kind, byte[] corrupt) throws Exception {
        Path cache = folder.resolve("cache");
        Files.createDirectories(cache);
        Path file = cache.resolve("sections-" + EMBEDDER.modelId() + ".bin");
        Files.write(file, corrupt);

        assertRebuilt(cache);
    }

    @Test
    void aTruncatedCacheFileIsRebuiltWithoutFailing() throws Exception {
        Path cache = folder.resolve("cache");
        try (KnowledgeBase built = build(knowledgeBaseFolder, new CountingEmbedder(EMBEDDER), cache)) {
            assertThat(built.sectionCount()).isPositive();
        }
        Path file = cache.resolve("sections-" + EMBEDDER.modelId() + ".bin");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertRebuilt(cache);
    }

    @Test
    void aCacheFileClaimingAHugeVectorIsRebuiltWithoutFailing() throws Exception {
        Path cache = folder.resolve("cache");
        Files.createDirectories(cache);
        Files.write(cache.resolve("sections-" + EMBEDDER.modelId() + ".bin"),
                new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 'k', 0x7f, -1, -1, -16});

        // assertThatCode catches the OutOfMemoryError, which would otherwise end the whole test run.
        assertThatCode(() -> assertRebuilt(cache)).doesNotThrowAnyException();
    }

    private void assertRebuilt(Path cache) throws Exception {
        CountingEmbedder counting = new CountingEmbedder(EMBEDDER);
        try (KnowledgeBase rebuilt = build(knowledgeBaseFolder, counting, cache)) {
            assertThat(counting.calls()).as("everything embedded again").isEqualTo(freshEmbeddings);
            assertThat(rebuilt.search("what is a talking piece", SearchMode.VECTORS).best().orElseThrow()
                    .section().id()).isEqualTo("circles/the-talking-piece");
        }
        CountingEmbedder afterwards = new CountingEmbedder(EMBEDDER);
        try (KnowledgeBase again = build(knowledgeBaseFolder, afterwards, cache)) {
            assertThat(afterwards.calls()).as("the rebuilt cache is used by the next start").isZero();
        }
    }

    private static KnowledgeBase build(Path content, TextEmbedder embedder, Path cache) {
        return new KnowledgeBase(new KnowledgeBaseLoader().load(content), embedder, new EmbeddingCache(cache));
    }

    private static List<String> ids(SearchResult result) {
        return result.candidates().stream().map(candidate -> candidate.section().id()).toList();
    }

    private static Path copyFixture(Path target) throws IOException, URISyntaxException {
        Path fixture = Path.of(KnowledgeBaseSearchTest.class.getResource("/fixtures/search-kb").toURI());
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
        return target;
    }

    /** Counts the texts embedded, so that a test can tell cached vectors from computed ones. */
    static final class CountingEmbedder implements TextEmbedder {

        private final TextEmbedder delegate;
        private final AtomicInteger calls = new AtomicInteger();

        CountingEmbedder(TextEmbedder delegate) {
            this.delegate = delegate;
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            return delegate.embed(text);
        }

        @Override
        public String modelId() {
            return delegate.modelId();
        }

        int calls() {
            return calls.get();
        }
    }
}
