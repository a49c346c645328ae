package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.schema.Attachment;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import uk.gov.devon.rpassistant.induction.InductionStep;

/** The cards of the weekly nudges back to the new starters' pathway. */
final class ReminderCards {

    private ReminderCards() {
    }

    /** The nudge itself: the step to read next, how long it takes, and a button that opens it. */
    static Attachment nudge(InductionStep step) {
        String next = "Next: " + step.title() + ", " + step.minutes() + (step.minutes() == 1 ? " minute" : " minutes");
        return new Cards("New starter pathway. " + next)
                .text("New starter pathway: step " + step.number() + " of " + step.total(), true)
                .heading(next)
                .text("Pick up where you left off when you have a few minutes.", false)
                .action(Cards.submit("Open step " + step.number(), new CardAction.Start()))
                .action(Cards.submit("Stop reminders", new CardAction.StopReminders()))
                .text("Type **stop reminders** to stop these weekly reminders.", true)
                .attachment();
    }

    static Attachment confirmed(DayOfWeek weekday) {
        String text = "I'll remind you on " + weekday.getDisplayName(TextStyle.FULL, Locale.UK)
                + " mornings. Type **stop reminders** to stop.";
        return new Cards(text).text(text, false)
                .action(Cards.submit("Stop reminders", new CardAction.StopReminders()))
                .attachment();
    }

    static Attachment stopped() {
        return plain("Done: no more reminders. Type **start here** whenever you want to carry on with the pathway.");
    }

    static Attachment noneToStop() {
        return plain("You have no reminders.");
    }

    static Attachment personalChatOnly() {
        return plain("I send reminders in our personal chat only. Open a chat with me and type **start here**.");
    }

    static Attachment switchedOff() {
        return plain("Reminders are switched off at the moment. Type **start here** whenever you want to carry on.");
    }

    static Attachment nothingLeft() {
        return plain("You've reached the last step of the pathway, so there is nothing left to remind you of.");
    }

    private static Attachment plain(String text) {
        return new Cards(text).text(text, false).attachment();
    }
}
