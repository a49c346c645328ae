package uk.gov.devon.rpassistant.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The meanings of the questions content owners list for each section, searched exactly: a dot product with each of
 * the few thousand vectors takes well under a millisecond, less than searching a graph for this many neighbours
 * did (and a graph search is only approximate).
 */
final class QuestionVectors {

    /** The vectors one after another in one array, so that a search reads memory in order. */
    private final float[] matrix;
    private final int dimensions;
    private final String[] sections;

    /**
     * @param vectors by {@link SectionIndex#questionKey} the meaning of each listed question
     */
    QuestionVectors(Collection<Section> sections, Map<String, float[]> vectors) {
        List<float[]> meanings = new ArrayList<>();
        List<String> askedFor = new ArrayList<>();
        for (Section section : sections) {
            for (int i = 0; i < section.questions().size(); i++) {
                float[] vector = vectors.get(SectionIndex.questionKey(section, i));
                if (vector != null) {
                    meanings.add(vector);
                    askedFor.add(section.id());
                }
            }
        }
        this.dimensions = meanings.isEmpty() ? 0 : meanings.get(0).length;
        this.matrix = new float[meanings.size() * dimensions];
        for (int i = 0; i < meanings.size(); i++) {
            System.arraycopy(meanings.get(i), 0, matrix, i * dimensions, dimensions);
        }
        this.sections = askedFor.toArray(String[]::new);
    }

    /** For each section among the {@code count} nearest questions, the best cosine similarity to one of them. */
    Map<String, Float> nearest(float[] vector, int count) {
        int n = sections.length;
        Map<String, Float> best = new HashMap<>();
        if (n == 0 || vector.length != dimensions) {
            return best;
        }
        float[] similarities = new float[n];
        for (int i = 0; i < n; i++) {
            similarities[i] = Vectors.dot(matrix, i * dimensions, vector);
        }
        float[] sorted = similarities.clone();
        Arrays.sort(sorted);
        float threshold = sorted[Math.max(0, n - count)];
        for (int i = 0; i < n; i++) {
            if (similarities[i] >= threshold) {
                best.merge(sections[i], similarities[i], Math::max);
            }
        }
        return best;
    }
}
