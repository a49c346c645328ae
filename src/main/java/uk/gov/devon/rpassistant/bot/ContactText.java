package uk.gov.devon.rpassistant.bot;

import java.util.ArrayList;
import java.util.List;
import uk.gov.devon.rpassistant.knowledge.Contact;

/**
 * A contact as card text, e.g. "**Front Door**: call 0345 155 1071. Monday to Thursday 9am to 5pm." Numbers are
 * tap-to-call links that never break across lines; mailboxes are mailto links.
 */
final class ContactText {

    static final String VERIFY = "(check it on the intranet: it may have changed)";
    private static final char NO_BREAK = '\u00A0';

    private ContactText() {
    }

    static String describe(Contact contact) {
        return describe(contact, false, true);
    }

    /** The contact with what it is for, as on the emergency and contacts cards. */
    static String withPurpose(Contact contact) {
        return describe(contact, true, true);
    }

    /** Only the contact's name and how to reach it, e.g. "**Front Door**: call 0345 155 1071." */
    static String brief(Contact contact) {
        return describe(contact, false, false);
    }

    private static String describe(Contact contact, boolean purpose, boolean hours) {
        List<String> ways = new ArrayList<>();
        contact.phoneNumber().ifPresent(phone -> ways.add("call [" + phone.replace(' ', NO_BREAK) + "](tel:"
                + phone.replace(" ", "") + ")" + (contact.verifyBeforeGoLive() ? " " + VERIFY : "")));
        contact.emailAddress().ifPresent(email -> ways.add("email [" + email + "](mailto:" + email + ")"));
        StringBuilder line = new StringBuilder("**").append(contact.name()).append("**");
        if (!ways.isEmpty()) {
            line.append(": ").append(String.join(" or ", ways));
        }
        line.append('.');
        if (purpose && !contact.purpose().isBlank()) {
            line.append(' ').append(sentence(contact.purpose()));
        }
        if (hours && !contact.hours().isBlank()) {
            line.append(' ').append(sentence(contact.hours()));
        }
        return line.toString();
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        String capitalised = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }
}
