package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a button on one of our cards sends back, defined once: the cards build their buttons from these values and
 * the router reads them back with {@link #read}. A press that is not one of these, or is missing what it needs,
 * reads as empty, and the router answers it with the help card rather than an error.
 */
sealed interface CardAction {

    /** The data the button carries (Teams adds the card's input fields to it when pressed). */
    Map<String, String> data();

    /** Show a section from its start. */
    record Section(String sectionId) implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "section", "sectionId", sectionId);
        }
    }

    /** Ask a question: the button's own example, or what was typed into the card's question box. */
    record Ask(Optional<String> question) implements CardAction {
        public Map<String, String> data() {
            return question.map(text -> Map.of("action", "ask", "question", text)).orElse(Map.of("action", "ask"));
        }
    }

    record Topics() implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "topics");
        }
    }

    record Topic(String name) implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "topic", "name", name);
        }
    }

    /** Start (or resume) the new starters' pathway. */
    record Start() implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "start");
        }
    }

    /** Turn a page of the pathway. */
    record Induction(InductionTurns.Move move) implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "induction", "move", move.name());
        }
    }

    /** "Remind me weekly": nudges back to the pathway. */
    record RemindWeekly() implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "remind-weekly");
        }
    }

    /** "Stop reminders". */
    record StopReminders() implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "stop-reminders");
        }
    }

    /** "Helpful" or "Not helpful" on an answer. */
    record Feedback(String sectionId, boolean helpful) implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "feedback", "sectionId", sectionId, "helpful", Boolean.toString(helpful));
        }
    }

    /** What was missing from an answer (typed into the card's box), or a skip. */
    record FeedbackReason(String sectionId, boolean skip, String reason) implements CardAction {
        public Map<String, String> data() {
            Map<String, String> data = new LinkedHashMap<>(Map.of("action", "feedback-reason", "sectionId", sectionId));
            if (skip) {
                data.put("skip", "true");
            }
            return Map.copyOf(data);
        }
    }

    /** Open the form to ask a practice lead, starting from a question (case details already taken out). */
    record AskLead(Optional<String> question) implements CardAction {
        public Map<String, String> data() {
            return question.map(text -> Map.of("action", "lead-ask", "question", text))
                    .orElse(Map.of("action", "lead-ask"));
        }
    }

    /** Send the form to a practice lead: the question and note are the form's boxes, added by Teams. */
    record SendToLead(String question, String note) implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "lead-send");
        }
    }

    /** "I'll take this" on a question in the experts' channel. */
    record Claim(String questionId) implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "lead-claim", "id", questionId);
        }
    }

    /** A practice lead's answer to a question they took: the answer is the card's box, added by Teams. */
    record Reply(String questionId, String answer) implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "lead-reply", "id", questionId);
        }
    }

    /** "Helpful" or "Not helpful" on a practice lead's answer. */
    record RateAnswer(String questionId, boolean helpful) implements CardAction {
        public Map<String, String> data() {
            return Map.of("action", "lead-rating", "id", questionId, "helpful", Boolean.toString(helpful));
        }
    }

    /** The action a card press carries, or empty when it is not one of ours or lacks what it needs. */
    static Optional<CardAction> read(JsonNode value) {
        if (value == null || !value.isObject()) {
            return Optional.empty();
        }
        String sectionId = text(value, "sectionId");
        CardAction action = switch (text(value, "action")) {
            case "section" -> sectionId.isEmpty() ? null : new Section(sectionId);
            case "ask" -> new Ask(Optional.of(text(value, "question")).filter(question -> !question.isBlank()));
            case "topics" -> new Topics();
            case "topic" -> text(value, "name").isEmpty() ? null : new Topic(text(value, "name"));
            case "start" -> new Start();
            case "induction" -> move(text(value, "move")).map(Induction::new).orElse(null);
            case "remind-weekly" -> new RemindWeekly();
            case "stop-reminders" -> new StopReminders();
            case "feedback" -> sectionId.isEmpty() ? null
                    : new Feedback(sectionId, "true".equals(text(value, "helpful")));
            case "feedback-reason" -> sectionId.isEmpty() ? null : new FeedbackReason(sectionId,
                    "true".equals(text(value, "skip")), text(value, "reason").strip());
            case "lead-ask" -> new AskLead(Optional.of(text(value, "question").strip())
                    .filter(question -> !question.isEmpty()));
            case "lead-send" -> new SendToLead(text(value, "question"), text(value, "note"));
            case "lead-claim" -> questionId(value).map(Claim::new).orElse(null);
            case "lead-reply" -> questionId(value).map(id -> new Reply(id, text(value, "answer"))).orElse(null);
            case "lead-rating" -> questionId(value).map(id -> new RateAnswer(id, "true".equals(text(value, "helpful"))))
                    .orElse(null);
            default -> null;
        };
        return Optional.ofNullable(action);
    }

    private static String text(JsonNode value, String field) {
        JsonNode node = value.path(field);
        return node.isValueNode() ? node.asText("") : "";
    }

    /** A question's id: a UUID, as the bot made it; anything else is not one of ours. */
    private static Optional<String> questionId(JsonNode value) {
        String id = text(value, "id");
        return id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") ? Optional.of(id)
                : Optional.empty();
    }

    private static Optional<InductionTurns.Move> move(String name) {
        try {
            return Optional.of(InductionTurns.Move.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
