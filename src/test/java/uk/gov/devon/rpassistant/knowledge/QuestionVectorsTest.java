package uk.gov.devon.rpassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The threshold for the nearest listed questions is the one a full sort would give. */
class QuestionVectorsTest {

    @Test
    void theKthLargestIsWhatSortingGives() {
        Random random = new Random(20261202);
        for (int round = 0; round < 200; round++) {
            float[] values = new float[1 + random.nextInt(400)];
            for (int i = 0; i < values.length; i++) {
                // Few distinct values, so that ties are common.
                values[i] = random.nextInt(50) / 50f - 0.3f;
            }
            int k = 1 + random.nextInt(450);
            float[] sorted = values.clone();
            Arrays.sort(sorted);
            assertThat(QuestionVectors.kthLargest(values, k)).as("k=%d of %d", k, values.length)
                    .isEqualTo(sorted[Math.max(0, values.length - k)]);
        }
    }

    @Test
    void withFewerValuesThanAskedForTheSmallestIsTheThreshold() {
        assertThat(QuestionVectors.kthLargest(new float[] {0.3f, -0.2f, 0.9f}, 200)).isEqualTo(-0.2f);
        assertThat(QuestionVectors.kthLargest(new float[] {0.3f, -0.2f, 0.9f}, 1)).isEqualTo(0.9f);
    }
}
