package uk.gov.devon.rpassistant.insights;

import java.util.Optional;
import uk.gov.devon.rpassistant.answer.Answer;

/** How a question was met, as the insights page counts it. */
public enum Band {
    ANSWERED("answered"), CHOICES("choices"), NOT_KNOWN("not known"), SAFETY("safety"), SMALL_TALK("small talk");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Band of(Answer answer) {
        if (answer instanceof Answer.SafetyFirst) {
            return SAFETY;
        }
        if (answer instanceof Answer.SmallTalk) {
            return SMALL_TALK;
        }
        if (answer instanceof Answer.Choices) {
            return CHOICES;
        }
        return answer instanceof Answer.NotKnown ? NOT_KNOWN : ANSWERED;
    }

    /** The section that answered, or for a contact answer {@code contact:<id>}. */
    static Optional<String> sectionOf(Answer answer) {
        if (answer instanceof Answer.Found found) {
            return Optional.of(found.sectionId());
        }
        if (answer instanceof Answer.Contacts contacts) {
            return contacts.contacts().stream().findFirst().map(contact -> "contact:" + contact.id());
        }
        if (answer instanceof Answer.Several several) {
            return several.parts().stream().map(Band::sectionOf).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }
}
