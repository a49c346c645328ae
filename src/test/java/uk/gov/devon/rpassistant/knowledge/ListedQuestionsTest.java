package uk.gov.devon.rpassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that embeds questions and passages differently (e5's "query: " and "passage: ") embeds the questions
 * content owners list as questions when it says so ({@link TextEmbedder#listedQuestions}), so that a question
 * asked as it was listed is the same question, and keeps their vectors in a cache file of their own.
 */
class ListedQuestionsTest {

    static final String LISTED = "how do I book a place on a course";

    @TempDir
    Path cache;

    @Test
    void listedQuestionsEmbeddedAsQuestionsMatchTheSameQuestionAsked() throws Exception {
        try (KnowledgeBase knowledgeBase = build(new TwoSidedEmbedder(true))) {
            Candidate best = knowledgeBase.search(LISTED, SearchMode.VECTORS).candidates().get(0);

            assertThat(best.section().documentId()).isEqualTo("training");
            assertThat(best.similarity()).isCloseTo(1.0, within(1e-5));
        }
        assertThat(cache.resolve("sections-two-sided.bin")).isNotEmptyFile();
        assertThat(cache.resolve("questions-two-sided-query.bin")).isNotEmptyFile();
    }

    @Test
    void listedQuestionsEmbeddedAsPassagesStayWithTheSections() throws Exception {
        try (KnowledgeBase knowledgeBase = build(new TwoSidedEmbedder(false))) {
            assertThat(knowledgeBase.search(LISTED, SearchMode.VECTORS).candidates().get(0).similarity())
                    .isLessThan(0.9);
        }
        assertThat(cache.resolve("sections-two-sided.bin")).isNotEmptyFile();
        assertThat(cache.resolve("questions-two-sided-query.bin")).doesNotExist();
    }

    private KnowledgeBase build(TextEmbedder embedder) throws Exception {
        Path fixture = Path.of(ListedQuestionsTest.class.getResource("/fixtures/search-kb").toURI());
        return new KnowledgeBase(new KnowledgeBaseLoader().load(fixture), embedder, new EmbeddingCache(cache));
    }

    /** Unit vectors from the text: the same words as a question and as a passage point different ways. */
    record TwoSidedEmbedder(boolean listedAsQueries) implements TextEmbedder {

        @Override
        public float[] embed(String text) {
            return vector("passage: " + text);
        }

        @Override
        public float[] embedQuery(String text) {
            return vector("query: " + text);
        }

        @Override
        public TextEmbedder listedQuestions() {
            return listedAsQueries ? asQueries() : this;
        }

        @Override
        public String modelId() {
            return "two-sided";
        }

        @Override
        public String queryModelId() {
            return "two-sided-query";
        }

        private static float[] vector(String text) {
            Random random = new Random(text.hashCode());
            float[] vector = new float[64];
            double length = 0;
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) random.nextGaussian();
                length += vector[i] * vector[i];
            }
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= (float) Math.sqrt(length);
            }
            return vector;
        }
    }
}
