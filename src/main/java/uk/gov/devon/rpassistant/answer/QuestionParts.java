package uk.gov.devon.rpassistant.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a two-part question ("what's fair process and who do I ask about training?") into its parts, so that
 * each is answered. Only where the second part starts as a question of its own; otherwise the message is one.
 */
final class QuestionParts {

    private static final Pattern JOIN = Pattern.compile("(?i)\\s+and\\s+also\\s+|(?:\\?+\\s+|\\s+(?:and|&|also)\\s+)"
            + "(?=(?:what|whats|what's|who|whos|who's|how|where|wheres|where's|when|why|which|is|are|can|could|do|"
            + "does|should|any|tell me|give me|explain|list|show me)\\b)");
    private static final int MOST = 3;
    private static final int SHORTEST = 8;

    private QuestionParts() {
    }

    /** Words by which a later part points back at the first part's subject: "is it voluntary?". */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:it|its|it's|they|them|their|theirs|this|"
            + "that|these|those)\\b");
    /** A later part this short says too little on its own: "and the evidence?". */
    private static final int FEWEST_OWN_WORDS = 5;

    /** Whether a later part leans on the first for its subject, so that it is searched with that beside it. */
    static boolean leansOnTheFirst(String part) {
        return POINTS_BACK.matcher(part).find() || part.strip().split("\\s+").length <= FEWEST_OWN_WORDS;
    }

    /** The parts of the message, or the message alone when it is one question. */
    static List<String> of(String message) {
        List<String> parts = new ArrayList<>();
        for (String part : JOIN.split(message.strip())) {
            String trimmed = part.strip();
            if (trimmed.length() >= SHORTEST && trimmed.split("\\s+").length >= 3) {
                parts.add(trimmed);
            }
        }
        return parts.size() < 2 || parts.size() > MOST ? List.of(message) : List.copyOf(parts);
    }
}
