package uk.gov.devon.rpassistant.knowledge;

import java.util.List;

/** Turns text into a unit-length vector whose direction carries its meaning. */
public interface TextEmbedder {

    float[] embed(String text);

    /** What a person asked, embedded to be compared with passages and listed questions. */
    default float[] embedQuery(String text) {
        return embed(text);
    }

    /** Many texts at once; an implementation may use several cores. */
    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    /** Many questions at once, each as {@link #embedQuery} would. */
    default List<float[]> embedQueries(List<String> texts) {
        return queryModelId().equals(modelId()) ? embedAll(texts) : texts.stream().map(this::embedQuery).toList();
    }

    /**
     * How the questions content owners list for a section are embedded: as passages (this model, the default), or
     * as questions ({@link #asQueries}) for a model that embeds the two differently and compares question to
     * question best when both sides are questions.
     */
    default TextEmbedder listedQuestions() {
        return this;
    }

    /** Names the model, so that cached vectors of another model are never mixed in. */
    String modelId();

    /** Names the model and the way questions are embedded: what anything trained on query vectors depends on. */
    default String queryModelId() {
        return modelId();
    }

    /**
     * This model with everything embedded as a question is ({@link #embedQuery}), under {@link #queryModelId}: for
     * examples and training messages that are compared with what people type.
     */
    default TextEmbedder asQueries() {
        TextEmbedder model = this;
        return new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                return model.embedQuery(text);
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return model.embedQueries(texts);
            }

            @Override
            public String modelId() {
                return model.queryModelId();
            }
        };
    }

    /** The model named in configuration ({@code knowledge-base.model}). */
    static TextEmbedder named(String name) {
        return switch (name) {
            case "all-minilm-l6-v2-q" -> new MiniLmEmbedder();
            case "bge-small-en-v1.5-q-query" -> new BgeSmallEmbedder();
            case "e5-small-v2-q" -> new E5SmallEmbedder();
            default -> throw new IllegalArgumentException("Unknown sentence-embedding model '" + name
                    + "': use all-minilm-l6-v2-q, bge-small-en-v1.5-q-query or e5-small-v2-q");
        };
    }
}
