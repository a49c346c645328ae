package uk.gov.devon.rpassistant.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/** A sentence-embedding model shipped inside its jar and run in this process by ONNX Runtime. */
abstract class InProcessEmbedder implements TextEmbedder {

    private final EmbeddingModel model;

    InProcessEmbedder(EmbeddingModel model) {
        this.model = model;
    }

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
}
