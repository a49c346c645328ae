package uk.gov.devon.rpassistant.answer;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.gov.devon.rpassistant.knowledge.Contact;

/**
 * Questions that ask how to reach someone ("number for the MASH", "who do I email about courses"), answered from
 * {@code contacts.yaml}: a contact is found by its name or the other names staff use for it ({@code asked_as}).
 */
final class ContactQuestions {

    /** A UK phone number, or the start of one, typed to be checked: "is it still 0845 for EDS?". */
    private static final String PHONE_NUMBER = "\\b0\\d{3,10}\\b";

    /** Words that ask how to reach someone: not "call" or "no" alone ("what does RP call that", "no reasons"). */
    private static final Pattern ASKS_FOR_CONTACT = Pattern.compile("\\b(number|numbers|phone|phones|ring|tel|"
            + "telephone|contact|contacts|email|e mail|mailbox|address|who do i|who should i|who can i|who to|"
            + "get hold of|reach|speak to|talk to|book|booking|apply|refer|referral|details|website|web page|"
            + "where do i find|where can i find|how do i get|how do i find|who do you call|who do i call|"
            + "call them|call the|line|what time|opening hours|open until|shut|closes|open at|still open|open now|"
            + "open on|who s on|who is on|on duty|on call|who covers|covering)\\b|\\bno\\s*\\??$|" + PHONE_NUMBER);

    /** Asking for a phone number or an e-mail address: the kinds of detail only the contacts file holds. */
    private static final Pattern ASKS_FOR_DETAILS = Pattern.compile("\\b(phone|telephone|tel|mobile|contact|office|"
            + "direct) (number|no|line|details)\\b|\\bnumbers? (for|to ring|to call|pls|please)\\b|"
            + "\\b(what s|whats|what is|got) (the|their|his|her|a) (number|email|e mail|phone|mobile)\\b|"
            + "\\b(number|no|phone|email|mobile)\\s*\\??$|\\b(email|e mail) (address|for)\\b|\\bmailbox\\b|"
            + "\\bwho do i (ring|call|phone|email)\\b|\\b(who covers|who s on|who is on|on call|on duty)\\b|"
            + PHONE_NUMBER);

    /**
     * What makes "what time" ask about a line's hours or who to call: "what time is the staff christmas party" does
     * not (the out-of-hours line's other names include "christmas").
     */
    private static final Pattern ASKS_WHO_TO_CALL = Pattern.compile("\\b(who|ring|call|phone|contact|number|open|"
            + "opens|close|closes|closed|shut|shuts|hours|line|lines|duty|covers|covering|emergency|urgent|take over|"
            + "takes over|kick in|kicks in)\\b");

    /** A part of the day, which like a day or a bank holiday names a time rather than a service. */
    private static final Pattern PART_OF_DAY = Pattern.compile(
            "\\b(evening|evenings|night|nights|tonight|overnight)\\b");

    /**
     * A contact with its names as whole-word patterns, made once. Names that are times ("christmas", "weekend",
     * "tonight": the out-of-hours line's) count only in a question about calling or opening hours, so that "an
     * email to the team about the christmas do" is not a question about that line.
     */
    private record Named(Contact contact, List<Pattern> names, List<Pattern> times) {
    }

    private final List<Named> contacts;

    ContactQuestions(List<Contact> contacts) {
        this.contacts = contacts.stream().map(contact -> {
            List<String> names = names(contact).stream().map(PlainWords::of).filter(name -> !name.isEmpty()).toList();
            return new Named(contact, patterns(names.stream().filter(name -> !isTime(name))),
                    patterns(names.stream().filter(ContactQuestions::isTime)));
        }).toList();
    }

    private static boolean isTime(String name) {
        return TimeOfAsking.of(name).isPresent() || PART_OF_DAY.matcher(name).find();
    }

    private static List<Pattern> patterns(Stream<String> names) {
        return names.map(name -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b")).toList();
    }

    /**
     * What a question asks about contacts: which ones, whether it asks for their number or address, or for a
     * number or address this file does not hold (another area's service, a named person), which is never guessed.
     */
    record Asked(List<Contact> contacts, boolean details, boolean unknownDetails) {
        static final Asked NOTHING = new Asked(List.of(), false, false);
    }

    Asked ask(String question) {
        String text = PlainWords.of(question);
        List<String> asking = ASKS_FOR_CONTACT.matcher(text).results().map(MatchResult::group).toList();
        if (asking.isEmpty()
                || asking.stream().allMatch("what time"::equals) && !ASKS_WHO_TO_CALL.matcher(text).find()) {
            return Asked.NOTHING;
        }
        boolean details = ASKS_FOR_DETAILS.matcher(text).find();
        if (details && Elsewhere.asked(text)) {
            return new Asked(List.of(), true, true);
        }
        List<Contact> found = openAtTheTimeAsked(text, askedFor(text));
        return new Asked(found, details, found.isEmpty() && details);
    }

    /**
     * "who do I ring at 7pm": when the question names a time and asks for no other contact than the safeguarding
     * lines, the line open at that time goes first (the Front Door's hours in {@code contacts.yaml} decide).
     */
    private List<Contact> openAtTheTimeAsked(String text, List<Contact> found) {
        Optional<LocalDateTime> time = TimeOfAsking.of(text);
        List<Contact> all = contacts.stream().map(Named::contact).toList();
        Optional<Contact> frontDoor = EmergencyRoutes.find(all, EmergencyRoutes.FRONT_DOOR);
        Optional<Contact> outOfHours = EmergencyRoutes.find(all, EmergencyRoutes.OUT_OF_HOURS);
        if (time.isEmpty() || frontDoor.isEmpty() || outOfHours.isEmpty()
                || found.isEmpty() && !ASKS_WHO_TO_CALL.matcher(text).find() || !found.stream()
                .allMatch(contact -> contact.equals(frontDoor.get()) || contact.equals(outOfHours.get()))) {
            return found;
        }
        Contact first = EmergencyRoutes.openAt(frontDoor.get(), time.get()) ? frontDoor.get() : outOfHours.get();
        return Stream.concat(Stream.of(first), found.stream().filter(contact -> !contact.equals(first))).limit(2)
                .toList();
    }

    /** The contacts named in a question that asks for a contact, best first. */
    private List<Contact> askedFor(String text) {
        record Match(Contact contact, int length) {
        }
        boolean aboutCalling = ASKS_WHO_TO_CALL.matcher(text).find();
        return contacts.stream()
                .map(named -> new Match(named.contact(), Math.max(longestName(named.names(), text),
                        aboutCalling ? longestName(named.times(), text) : 0)))
                .filter(match -> match.length() > 0)
                .sorted(Comparator.comparingInt(Match::length).reversed())
                .limit(2)
                .map(Match::contact)
                .toList();
    }

    /** The length of the longest of these names found in the text as whole words; 0 for none. */
    private static int longestName(List<Pattern> names, String text) {
        int longest = 0;
        for (Pattern name : names) {
            if (name.matcher(text).find()) {
                longest = Math.max(longest, name.pattern().length());
            }
        }
        return longest;
    }

    /** A contact's name, its other names, and its phone number as typed to be checked ("is 0345 155 1071 right"). */
    private static List<String> names(Contact contact) {
        return Stream.concat(Stream.of(contact.name(), contact.phone()), contact.askedAs().stream())
                .toList();
    }

}
