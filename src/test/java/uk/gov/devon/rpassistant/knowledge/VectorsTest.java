package uk.gov.devon.rpassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Dot products, whole vectors and rows of a matrix laid end to end, including lengths that are not a multiple of 8. */
class VectorsTest {

    @Test
    void theDotProductOfTwoVectors() {
        float[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        float[] b = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertThat(Vectors.dot(a, b)).isCloseTo(220f, within(1e-4f));
        assertThat(Vectors.dot(a, new float[] {1, 2})).isZero();
    }

    @Test
    void aRowOfAMatrixIsFoundByItsOffset() {
        float[] matrix = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
        float[] vector = {1, 1, 1, 1, 1, 1, 1, 1, 1, 3};
        assertThat(Vectors.dot(matrix, 0, vector)).isCloseTo(1f, within(1e-6f));
        assertThat(Vectors.dot(matrix, 10, vector)).isCloseTo(12f, within(1e-6f));
        assertThat(Vectors.dot(matrix, 20, vector)).isCloseTo(24f, within(1e-6f));
    }
}
