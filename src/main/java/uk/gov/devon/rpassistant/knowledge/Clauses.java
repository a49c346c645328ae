package uk.gov.devon.rpassistant.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a long message, each searched for its meaning as well as the whole. Staff often give the
 * situation first and the question last ("carer's been fostering 15 years... how do I explain it?"), and the
 * meaning of the whole message is then an average that is close to nothing in particular.
 */
final class Clauses {

    /** A message shorter than this (in words) is searched as one. */
    static final int LONG_MESSAGE = 12;
    /** A sentence shorter than this (in words) says too little to search for. */
    static final int SHORTEST = 3;
    /** At most this many sentences are searched, the last ones (where the question usually is). */
    static final int MOST = 4;

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.?!;:])\\s+|\\s+[-–—]+\\s+|\\s*\\n+\\s*");

    private Clauses() {
    }

    /** The sentences worth searching on their own, or none when the message is short or one sentence. */
    static List<String> of(String message) {
        String text = message.strip();
        if (text.split("\\s+").length < LONG_MESSAGE) {
            return List.of();
        }
        List<String> clauses = new ArrayList<>();
        for (String part : BOUNDARY.split(text)) {
            String clause = part.strip();
            if (clause.split("\\s+").length >= SHORTEST) {
                clauses.add(clause);
            }
        }
        if (clauses.size() < 2) {
            return List.of();
        }
        return List.copyOf(clauses.subList(Math.max(0, clauses.size() - MOST), clauses.size()));
    }
}
