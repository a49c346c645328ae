package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The body's size is decided before it is parsed, and a body is never read beyond the limit. */
class IncomingActivitiesTest {

    private final IncomingActivities incoming = new IncomingActivities();

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingAByte() {
        CountingStream body = new CountingStream();

        assertThatThrownBy(() -> incoming.read(IncomingActivities.MAX_BODY_BYTES + 1L, body))
                .isInstanceOfSatisfying(IncomingActivities.Rejected.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThat(body.read).isZero();
    }

    @Test
    void aBodyWithoutALengthIsReadNoFurtherThanTheLimit() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> incoming.read(-1, endless))
                .isInstanceOfSatisfying(IncomingActivities.Rejected.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThat(endless.read).isEqualTo(IncomingActivities.MAX_BODY_BYTES + 1L);
    }

    @Test
    void aRefusalHasNoStackTraceToLeak() {
        assertThatThrownBy(() -> incoming.read(-1, InputStream.nullInputStream()))
                .isInstanceOfSatisfying(IncomingActivities.Rejected.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getStackTrace()).isEmpty();
                });
    }

    /** An endless body of spaces that counts how much of it was read. */
    private static final class CountingStream extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            read += length;
            return length;
        }
    }
}
