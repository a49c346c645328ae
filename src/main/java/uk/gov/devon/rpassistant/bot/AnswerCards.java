package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.schema.Attachment;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.Reply;
import uk.gov.devon.rpassistant.knowledge.Contact;

/** Renders each kind of {@link Answer} as an Adaptive Card, always with who to ask next. */
@Component
class AnswerCards {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static final String NOT_KNOWN = "I don't know that one yet.";
    static final String DID_YOU_MEAN = "Did you mean one of these?";
    static final String CASE_DETAILS = "Please don't put case details in this chat: no names, dates of birth, "
            + "addresses, NHS numbers, phone numbers or case references. I haven't kept them, but your message "
            + "stays in this chat: you may want to delete it.";
    static final String HOW_TO_SHARE = "To share this with your team: in a channel, open the apps (+) under the "
            + "message box, choose RP Assistant and search for it.";

    /** The card for a reply: the case-details reminder first when needed, then the answer. */
    Attachment render(Reply reply, boolean personalChat) {
        Cards card = render(reply.answer(), personalChat, reply.caseDetailsReminder());
        return card.attachment();
    }

    /** The emergency routes alone (whatever answer came with them), for a message that is not answered here. */
    Attachment routesAlone(Answer.SafetyFirst safety, boolean caseDetails, boolean personalChat) {
        return render(new Reply(new Answer.SafetyFirst(safety.routes(), Optional.empty(), safety.clear()), caseDetails),
                personalChat);
    }

    Attachment render(Answer answer) {
        return render(answer, false, false).attachment();
    }

    /** The answer card after feedback: the same answer and links on, with the feedback buttons replaced. */
    Attachment acknowledged(Answer answer, String thanks) {
        Cards card = new Cards(thanks);
        if (answer instanceof Answer.Found found) {
            card = foundBody(found, false);
            moreInDocument(card, found);
        }
        card.text(thanks, false);
        return card.attachment();
    }

    private Cards render(Answer answer, boolean personalChat, boolean caseDetails) {
        if (answer instanceof Answer.SafetyFirst safety) {
            Cards card = SafetyCards.card(safety);
            safety.answer().ifPresent(then -> card.text("**Your question**", false)
                    .append(render(then, personalChat, false)));
            if (caseDetails) {
                card.text(CASE_DETAILS, true);
            }
            return card;
        }
        if (answer instanceof Answer.Found found) {
            return found(found, personalChat, caseDetails);
        }
        if (answer instanceof Answer.Choices choices) {
            return choices(choices, caseDetails);
        }
        if (answer instanceof Answer.Contacts contacts) {
            return contacts(contacts, caseDetails);
        }
        if (answer instanceof Answer.Several several) {
            Cards card = render(several.parts().get(0), personalChat, caseDetails);
            several.parts().stream().skip(1).forEach(part -> card.append(part instanceof Answer.Found found
                    ? foundBody(found, false) : render(part, false, false)));
            return card;
        }
        if (answer instanceof Answer.SmallTalk smallTalk) {
            Cards card = new Cards(smallTalk.text());
            reminder(card, caseDetails);
            return card.text(smallTalk.text(), false);
        }
        return notKnown((Answer.NotKnown) answer, caseDetails);
    }

    private static Cards contacts(Answer.Contacts contacts, boolean caseDetails) {
        Cards card = new Cards("Who to contact.");
        reminder(card, caseDetails);
        card.heading(contacts.contacts().size() == 1 ? contacts.contacts().get(0).name() : "Who to contact");
        contacts.contacts().forEach(contact -> {
            card.text(ContactText.withPurpose(contact), false);
            if (!contact.note().isBlank()) {
                card.text(contact.note(), true);
            }
            if (!contact.url().isBlank()) {
                card.action(Cards.readMore(contact.url()));
            }
        });
        card.text("If a child is in immediate danger, call [999](tel:999).", true);
        return card;
    }

    private static void reminder(Cards card, boolean caseDetails) {
        if (caseDetails) {
            card.notice(CASE_DETAILS);
        }
    }

    private Cards found(Answer.Found found, boolean personalChat, boolean caseDetails) {
        Cards card = foundBody(found, caseDetails);
        moreInDocument(card, found);
        if (personalChat) {
            card.text(HOW_TO_SHARE, true);
        }
        card.action(Cards.submit("Helpful", new CardAction.Feedback(found.sectionId(), true)));
        card.action(Cards.submit("Not helpful", new CardAction.Feedback(found.sectionId(), false)));
        return card;
    }

    private static void moreInDocument(Cards card, Answer.Found found) {
        if (!found.moreInDocument().isEmpty()) {
            card.text("More on " + found.documentTitle() + ":", false).choices(found.moreInDocument().stream()
                    .map(choice -> Cards.submit(partName(choice), new CardAction.Section(choice.sectionId())))
                    .toList());
        }
    }

    private Cards foundBody(Answer.Found found, boolean caseDetails) {
        Cards card = new Cards(found.heading() + ". " + found.passage());
        reminder(card, caseDetails);
        found.didYouMean().ifPresent(corrected -> card.text("Did you mean: " + corrected + "? Here is the answer to that.", true));
        card.heading(found.heading()).text(found.passage(), false)
                .text("From: " + found.documentTitle() + " (Devon restorative practice knowledge base). "
                        + freshness(found.freshness()), true);
        if (found.freshness().outOfDate()) {
            card.notice("This page was due for review on " + DATE.format(found.freshness().reviewBy())
                    + ", so it may be out of date. Check with the " + found.freshness().owner() + ".");
        }
        contactLine(found.contact()).ifPresent(line -> card.text(line, false));
        found.orDidYouMean().ifPresent(other -> card.text("Or did you mean **" + other.choice().title() + "**? "
                + other.preview(), false).choices(List.of(Cards.submit(other.choice().title(),
                        new CardAction.Section(other.choice().sectionId())))));
        found.links().stream().findFirst().ifPresent(link -> card.action(Cards.readMore(link.url())));
        return card;
    }

    /** "Kept by the Restorative practice lead, Children's Services; last reviewed 24 November 2026." */
    static String freshness(Answer.Freshness freshness) {
        return "Kept by the " + freshness.owner()
                + (freshness.reviewed() == null ? "." : "; last reviewed " + DATE.format(freshness.reviewed()) + ".");
    }

    private Cards choices(Answer.Choices choices, boolean caseDetails) {
        Cards card = new Cards("I'm not sure which of these you mean.");
        reminder(card, caseDetails);
        choices.didYouMean().ifPresent(corrected -> card.text("Did you mean: " + corrected + "?", true));
        Optional<String> document = choices.sameDocument();
        card.heading(document.map(title -> "Which part of " + title + "?").orElse(DID_YOU_MEAN))
                .text(document.isPresent() ? "Choose the part you need." 
                        : "I'm not sure I've understood. Choose the closest, or ask in other words.", false);
        card.choices(choices.choices().stream()
                .map(choice -> Cards.submit(document.isPresent() ? partName(choice) : choice.title(),
                        new CardAction.Section(choice.sectionId())))
                .toList());
        contactLine(choices.contact()).ifPresent(line -> card.text(line, true));
        return card;
    }

    /** A section named within its document: its heading, or "Overview" for the document's lead. */
    private static String partName(Answer.Choice choice) {
        return choice.heading().equals(choice.documentTitle()) ? "Overview" : choice.heading();
    }

    private Cards notKnown(Answer.NotKnown notKnown, boolean caseDetails) {
        Cards card = new Cards(NOT_KNOWN);
        reminder(card, caseDetails);
        card.heading(NOT_KNOWN)
                .text("I only know about restorative practice and Motivational Interviewing in Devon Children's "
                        + "Services, so I'd rather not guess.", false);
        contactLine(notKnown.contact()).ifPresent(line -> card.text(line, false));
        card.text("Type **topics** to see what I can help with.", false);
        card.action(Cards.submit("Show topics", new CardAction.Topics()));
        return card;
    }

    /** "Who to ask: name, email ..., phone ... (hours)", from the contacts data file. */
    static Optional<String> contactLine(Optional<Contact> contact) {
        return contact.map(each -> "Who to ask: " + ContactText.describe(each));
    }
}
