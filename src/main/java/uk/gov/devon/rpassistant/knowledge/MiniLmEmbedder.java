package uk.gov.devon.rpassistant.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * The quantised all-MiniLM-L6-v2 sentence-embedding model, shipped inside its jar and run in this process by
 * ONNX Runtime: nothing is fetched from the network. Loading takes under a second; a question a few ms.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /** Many texts in one call to the model, for the start-up's batch. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(Embedding::vector).toList();
    }

    @Override
    public String modelId() {
        return "all-minilm-l6-v2-q";
    }
}
