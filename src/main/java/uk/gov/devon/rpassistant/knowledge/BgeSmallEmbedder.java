package uk.gov.devon.rpassistant.knowledge;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The quantised bge-small-en-v1.5 sentence-embedding model (CLS pooling), shipped inside its jar and run in this
 * process by ONNX Runtime. A question searched against passages carries BGE's query instruction
 * ({@link #QUERY_PREFIX}); passages and the listed questions are embedded as they are. (Without the instruction it
 * did slightly worse on the situations set's development half.) Kept for comparison: see the README.
 */
public final class BgeSmallEmbedder extends InProcessEmbedder {

    public static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    public BgeSmallEmbedder() {
        super(new CallerThreadModel("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
                PoolingMode.CLS));
    }

    @Override
    public float[] embedQuery(String text) {
        return embed(QUERY_PREFIX + text);
    }

    @Override
    public String modelId() {
        return "bge-small-en-v1.5-q";
    }

    @Override
    public String queryModelId() {
        return modelId() + "-query";
    }
}
