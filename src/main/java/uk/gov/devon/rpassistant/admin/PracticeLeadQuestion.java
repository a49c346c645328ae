package uk.gov.devon.rpassistant.admin;

import java.util.Optional;
import uk.gov.devon.rpassistant.experts.ExpertQuestion;

/**
 * One question sent to the practice leads, as the insights page shows it.
 *
 * @param asked how long ago it was asked ("3 hours")
 * @param took for an answered question, how long the answer took
 * @param takenBy the display name of the practice lead who took it, empty while it is open
 * @param drafts for an answered question, Markdown for the knowledge base
 */
record PracticeLeadQuestion(ExpertQuestion.Status status, String asked, Optional<String> took, String topic,
        String takenBy, String question, Optional<String> note, Optional<String> answer, Optional<Boolean> helpful,
        Optional<Drafts> drafts) {

    /** The status in the page's words. */
    public String statusLabel() {
        return switch (status) {
            case OPEN -> "Open";
            case CLAIMED -> "Claimed";
            case ANSWERED -> "Answered";
        };
    }

    /**
     * Ready Markdown from an answer.
     *
     * @param nearestFile the file of the document nearest the question, where {@code questionsLine} goes
     * @param newFile the file name for {@code newDocument}
     */
    record Drafts(Optional<String> nearestFile, Optional<String> nearestTitle, String questionsLine, String newFile,
            String newDocument) {
    }
}
