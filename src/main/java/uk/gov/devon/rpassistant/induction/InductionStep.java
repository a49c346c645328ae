package uk.gov.devon.rpassistant.induction;

import java.util.Objects;

/**
 * One step of the new starters' pathway: a core document, as "step {@code number} of {@code total}".
 *
 * @param minutes roughly how long the whole document takes to read (documents carry no reading time of their own,
 *     so it is estimated from their words: see {@link #readingMinutes})
 */
public record InductionStep(int number, int total, String documentId, String title, String text, int minutes) {

    /** Words a minute, a usual figure for reading on a screen. */
    static final int WORDS_A_MINUTE = 200;

    public InductionStep {
        Objects.requireNonNull(documentId, "documentId");
        if (number < 1 || number > total) {
            throw new IllegalArgumentException("step " + number + " of " + total);
        }
        minutes = Math.max(1, minutes);
    }

    /** Minutes to read this text at {@value #WORDS_A_MINUTE} words a minute, rounded up; at least one. */
    static int readingMinutes(String text) {
        String words = text.strip();
        int count = words.isEmpty() ? 0 : words.split("\\s+").length;
        return Math.max(1, (count + WORDS_A_MINUTE - 1) / WORDS_A_MINUTE);
    }

    public boolean isFirst() {
        return number == 1;
    }

    public boolean isLast() {
        return number == total;
    }
}
