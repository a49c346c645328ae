package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.schema.Attachment;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.knowledge.Contact;

/** The emergency routes, first and alone, for a message that describes a child at risk. */
final class SafetyCards {

    static final String HEADING = "If a child is in immediate danger, call [999](tel:999) now.";

    private SafetyCards() {
    }

    static Attachment render(Answer.SafetyFirst safety) {
        return card(safety).attachment();
    }

    static Cards card(Answer.SafetyFirst safety) {
        Cards card = new Cards(HEADING + " This assistant is not a referral route.");
        card.heading(HEADING)
                .text("This assistant is **not a referral route** and does not pass anything on. "
                        + "Follow your safeguarding procedures and talk to your manager.", false);
        for (Contact route : safety.routes()) {
            card.text(ContactText.withPurpose(route), false);
        }
        card.text("Please don't type a child's or family's details here.", true);
        return card;
    }
}
