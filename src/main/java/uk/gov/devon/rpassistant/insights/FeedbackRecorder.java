package uk.gov.devon.rpassistant.insights;

import java.util.List;

/** Where feedback on answers goes, for content owners to see what helps and what does not. */
public interface FeedbackRecorder {

    void record(Feedback feedback);

    /** The feedback kept, oldest first. */
    List<Feedback> recent();
}
