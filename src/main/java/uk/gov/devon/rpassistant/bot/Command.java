package uk.gov.devon.rpassistant.bot;

import java.util.Locale;
import java.util.Optional;

/**
 * The few words that are commands rather than questions: help, topics, contacts, start here, ask a practice lead,
 * stop reminders.
 */
enum Command {
    HELP, TOPICS, CONTACTS, START, ASK_LEAD, STOP_REMINDERS;

    static Optional<Command> of(String text) {
        String words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        return switch (words) {
            case "help", "hi", "hello", "hey", "menu", "what can you do" -> Optional.of(HELP);
            case "topics", "topic", "show topics", "list topics" -> Optional.of(TOPICS);
            case "contacts", "contact", "who to contact" -> Optional.of(CONTACTS);
            case "start here", "start", "induction", "i m new", "im new" -> Optional.of(START);
            case "ask a practice lead", "ask practice lead", "ask a lead", "ask an expert", "ask a person",
                    "ask a human", "talk to a person", "speak to a person", "ask a real person" -> Optional.of(ASK_LEAD);
            case "stop reminders", "stop reminder", "stop reminding me", "stop the reminders", "no more reminders",
                    "cancel reminders", "turn off reminders", "unsubscribe" -> Optional.of(STOP_REMINDERS);
            default -> Optional.empty();
        };
    }
}
