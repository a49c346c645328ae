package uk.gov.devon.rpassistant.induction;

import java.util.Objects;

/**
 * One step of the new starters' pathway: a core document, as "step {@code number} of {@code total}".
 */
public record InductionStep(int number, int total, String documentId, String title, String text) {

    public InductionStep {
        Objects.requireNonNull(documentId, "documentId");
        if (number < 1 || number > total) {
            throw new IllegalArgumentException("step " + number + " of " + total);
        }
    }

    public boolean isFirst() {
        return number == 1;
    }

    public boolean isLast() {
        return number == total;
    }
}
