package uk.gov.devon.rpassistant.knowledge;

import java.util.ArrayList;
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
        float threshold = kthLargest(similarities, count);
        for (int i = 0; i < n; i++) {
            if (similarities[i] >= threshold) {
                best.merge(sections[i], similarities[i], Math::max);
            }
        }
        return best;
    }

    /**
     * The k-th largest of the values (the smallest when there are fewer), kept in a heap of the k largest so far
     * instead of sorting them all: the same threshold as a sort gives, in a fraction of the time.
     */
    static float kthLargest(float[] values, int k) {
        int size = Math.max(1, Math.min(k, values.length));
        float[] heap = new float[size];
        int filled = 0;
        for (float value : values) {
            if (filled < size) {
                heap[filled] = value;
                for (int child = filled++, parent; child > 0 && heap[parent = (child - 1) / 2] > heap[child];
                        child = parent) {
                    swap(heap, parent, child);
                }
            } else if (value > heap[0]) {
                heap[0] = value;
                for (int parent = 0, child; (child = 2 * parent + 1) < size; parent = child) {
                    if (child + 1 < size && heap[child + 1] < heap[child]) {
                        child++;
                    }
                    if (heap[parent] <= heap[child]) {
                        break;
                    }
                    swap(heap, parent, child);
                }
            }
        }
        return heap[0];
    }

    private static void swap(float[] heap, int i, int j) {
        float value = heap[i];
        heap[i] = heap[j];
        heap[j] = value;
    }
}
