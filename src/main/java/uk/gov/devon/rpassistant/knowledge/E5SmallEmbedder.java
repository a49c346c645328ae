package uk.gov.devon.rpassistant.knowledge;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.List;

/**
 * The quantised e5-small-v2 sentence-embedding model (mean pooling), shipped inside its jar and run in this process
 * by ONNX Runtime. e5 was trained with a prefix on both sides, as its model card asks: {@value #PASSAGE_PREFIX}
 * before a section's text, {@value #QUERY_PREFIX} before what a person asked. The questions content owners list
 * for a section are compared with what people ask, question to question, so they are embedded as queries too
 * ({@link #listedQuestions}): as passages, the situations set's development half had 66.5% right rather than
 * 72.2%. Kept for comparison: see the README.
 */
public final class E5SmallEmbedder extends InProcessEmbedder {

    public static final String QUERY_PREFIX = "query: ";
    public static final String PASSAGE_PREFIX = "passage: ";

    public E5SmallEmbedder() {
        super(new CallerThreadModel("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json",
                PoolingMode.MEAN));
    }

    @Override
    public float[] embed(String text) {
        return super.embed(PASSAGE_PREFIX + text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return super.embedAll(texts.stream().map(text -> PASSAGE_PREFIX + text).toList());
    }

    @Override
    public float[] embedQuery(String text) {
        return super.embed(QUERY_PREFIX + text);
    }

    @Override
    public List<float[]> embedQueries(List<String> texts) {
        return super.embedAll(texts.stream().map(text -> QUERY_PREFIX + text).toList());
    }

    @Override
    public TextEmbedder listedQuestions() {
        return asQueries();
    }

    @Override
    public String modelId() {
        return "e5-small-v2-q";
    }

    @Override
    public String queryModelId() {
        return modelId() + "-query";
    }
}
