package uk.gov.devon.rpassistant.knowledge;

/** Arithmetic on sentence-embedding vectors (unit length, so a dot product is their cosine similarity). */
public final class Vectors {

    private Vectors() {
    }

    /**
     * The dot product, in four running sums so that the processor can work on them side by side; 0 for vectors of
     * different lengths (different models).
     */
    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
