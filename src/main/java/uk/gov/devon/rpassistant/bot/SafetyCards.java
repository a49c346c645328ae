package uk.gov.devon.rpassistant.bot;

import uk.gov.devon.rpassistant.answer.Answer;

/**
 * The emergency routes for a message that may describe a child at risk: in the card's first lines, with nothing
 * before them; 999 first, then the route open now, then the other. For a possible risk (above its answer, or alone
 * when the message was small talk) each route is its name and number only, so that a false alarm costs a few short
 * lines; for a clear risk each also says what it is for and when it is open.
 */
final class SafetyCards {

    static final String HEADING = "If a child is in immediate danger, call [999](tel:999) now.";

    private SafetyCards() {
    }

    static Cards card(Answer.SafetyFirst safety) {
        Cards card = new Cards(HEADING + " This assistant is not a referral route.");
        card.heading(HEADING);
        for (Answer.Route route : safety.routes()) {
            if (route.isPolice()) {
                continue;
            }
            card.text((route.openNow() ? "**Open now.** " : "") + (safety.clear()
                    ? ContactText.withPurpose(route.contact()) : ContactText.brief(route.contact())), false);
        }
        card.text("This assistant is **not a referral route** and does not pass anything on. "
                + "Follow your safeguarding procedures and talk to your manager.", false);
        if (safety.answer().isEmpty()) {
            card.text("Please don't type a child's or family's details here.", true);
        }
        return card;
    }
}
