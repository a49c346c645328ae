package uk.gov.devon.rpassistant.knowledge;

/** Turns text into a unit-length vector whose direction carries its meaning. */
public interface TextEmbedder {

    float[] embed(String text);

    /** Names the model, so that cached vectors of another model are never mixed in. */
    String modelId();
}
