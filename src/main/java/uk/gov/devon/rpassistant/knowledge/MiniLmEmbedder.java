package uk.gov.devon.rpassistant.knowledge;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The quantised all-MiniLM-L6-v2 sentence-embedding model, shipped inside its jar and run in this process by
 * ONNX Runtime: nothing is fetched from the network. Loading takes under a second; a question a few ms.
 */
public final class MiniLmEmbedder extends InProcessEmbedder {

    public MiniLmEmbedder() {
        super(new CallerThreadModel("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
                PoolingMode.MEAN));
    }

    @Override
    public String modelId() {
        return "all-minilm-l6-v2-q";
    }
}
