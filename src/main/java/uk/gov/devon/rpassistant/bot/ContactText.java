package uk.gov.devon.rpassistant.bot;

import java.util.ArrayList;
import java.util.List;
import uk.gov.devon.rpassistant.knowledge.Contact;

/** A contact as one line of card text: name, email (a mailto link), phone, hours and a go-live caution. */
final class ContactText {

    private ContactText() {
    }

    static String describe(Contact contact) {
        List<String> parts = new ArrayList<>();
        parts.add("**" + contact.name() + "**");
        contact.emailAddress().ifPresent(email -> parts.add("email [" + email + "](mailto:" + email + ")"));
        contact.phoneNumber().ifPresent(phone -> parts.add("phone " + phone));
        if (!contact.hours().isBlank()) {
            parts.add(contact.hours());
        }
        String line = String.join(", ", parts);
        return contact.verifyBeforeGoLive() ? line + " (check this number on the intranet)" : line;
    }
}
