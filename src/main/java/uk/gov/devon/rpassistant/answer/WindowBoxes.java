package uk.gov.devon.rpassistant.answer;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staff write the social discipline window's boxes in capitals: "feels very TO", "is that the FOR box", "the NOT
 * box = ?". Search drops "to", "for" and "not" as common words, so a question that names a box in capitals is
 * searched with the box's name and the window's added. WITH alone is left as it is: Devon writes "working WITH
 * families" everywhere, and that has its own answer. A situation asked about "the window" ("where does that sit in
 * the window", "which box", "which quadrant") is searched with the window's name beside it, so that the window's
 * sections are close enough to answer; "a window" or "her window" is only a window.
 */
final class WindowBoxes {

    private static final Map<String, String> NAMES = Map.of("TO", "punitive", "FOR", "permissive",
            "NOT", "neglectful");
    private static final Pattern BOX = Pattern.compile("(?<![A-Za-z])(TO|FOR|NOT)(?![A-Za-z])");
    private static final Pattern THE_WINDOW = Pattern.compile(
            "\\b(the|that|rp|rp's|discipline) window\\b|\\b(which|what|wat|wot|whose|this|that) box\\b"
                    + "|\\bquadrants?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL_BOXES = Pattern.compile("(?<![A-Za-z])(TO|FOR|NOT|WITH)(?![A-Za-z])");

    private WindowBoxes() {
    }

    /**
     * The words to search with beside a question that names a box in capitals (and does not shout): the boxes'
     * names and the window's, e.g. "punitive: social discipline window"; or only the window's, for a question that
     * asks about the window without naming a box.
     */
    static Optional<String> named(String question) {
        if (question == null || question.isBlank() || shouted(question)) {
            return Optional.empty();
        }
        Set<String> boxes = new LinkedHashSet<>();
        Matcher matcher = BOX.matcher(question);
        while (matcher.find()) {
            boxes.add(NAMES.get(matcher.group(1)));
        }
        if (boxes.isEmpty()) {
            return THE_WINDOW.matcher(question).find() ? Optional.of("social discipline window") : Optional.empty();
        }
        return Optional.of(String.join(", ", boxes) + ": social discipline window");
    }

    /**
     * Whether most of the message's letters outside the boxes' names are capitals, when capitals say nothing about
     * a box. "TO FOR NOT WITH ??" names the boxes; "WHO DO I TALK TO" shouts.
     */
    private static boolean shouted(String text) {
        String rest = ALL_BOXES.matcher(text).replaceAll(" ");
        long letters = rest.chars().filter(Character::isLetter).count();
        long capitals = rest.chars().filter(Character::isUpperCase).count();
        return capitals * 2 > letters && letters > 0;
    }
}
