package uk.gov.devon.rpassistant.answer;

import java.util.Objects;

/**
 * What to say to a message: the answer, and whether to remind the person not to put case details in the chat
 * (the message looked as if it held some; none of it was kept).
 */
public record Reply(Answer answer, boolean caseDetailsReminder) {

    public Reply {
        Objects.requireNonNull(answer, "answer");
    }
}
