package uk.gov.devon.rpassistant.knowledge;

/** Arithmetic on sentence-embedding vectors (unit length, so a dot product is their cosine similarity). */
public final class Vectors {

    private Vectors() {
    }

    /** The dot product (see {@link #dot(float[], int, float[])}); 0 for vectors of different lengths (models). */
    public static float dot(float[] a, float[] b) {
        return a.length != b.length ? 0 : dot(a, 0, b);
    }

    /**
     * The dot product of {@code vector} with the one that starts at {@code offset} in {@code matrix} (vectors of
     * the same length laid one after another), in eight running sums.
     */
    static float dot(float[] matrix, int offset, float[] vector) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int i = 0;
        for (; i + 7 < vector.length; i += 8) {
            int o = offset + i;
            s0 += matrix[o] * vector[i];
            s1 += matrix[o + 1] * vector[i + 1];
            s2 += matrix[o + 2] * vector[i + 2];
            s3 += matrix[o + 3] * vector[i + 3];
            s4 += matrix[o + 4] * vector[i + 4];
            s5 += matrix[o + 5] * vector[i + 5];
            s6 += matrix[o + 6] * vector[i + 6];
            s7 += matrix[o + 7] * vector[i + 7];
        }
        for (; i < vector.length; i++) {
            s0 += matrix[offset + i] * vector[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
