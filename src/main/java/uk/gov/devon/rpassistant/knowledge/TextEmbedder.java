package uk.gov.devon.rpassistant.knowledge;

import java.util.List;

/** Turns text into a unit-length vector whose direction carries its meaning. */
public interface TextEmbedder {

    float[] embed(String text);

    /** Many texts at once; an implementation may use several cores. */
    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    /** Names the model, so that cached vectors of another model are never mixed in. */
    String modelId();
}
