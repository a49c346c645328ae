package uk.gov.devon.rpassistant.answer;

import java.util.regex.Pattern;

/**
 * Places whose children's services are not Devon County Council's: Plymouth and Torbay run their own, and the
 * others are neighbouring areas. The knowledge base says nothing about how they work, so a question about them is
 * declined with a route rather than answered from Devon's pages, and their numbers are never guessed. (Leeds is not
 * here: the knowledge base has a page on it.)
 */
final class Elsewhere {

    private static final Pattern PLACE = Pattern.compile("\\b(plymouth|torbay|torquay|paignton|brixham|cornwall|"
            + "cornish|somerset|dorset|bristol)\\b");
    private static final Pattern PLACE_OR_ANOTHER_AREA = Pattern.compile(PLACE.pattern() + "|\\b(another council|"
            + "other council|other local authority|another local authority|other authority|another authority|"
            + "out of county)\\b");

    private Elsewhere() {
    }

    /** Whether a question (as plain words) names another area's place. */
    static boolean named(String plainText) {
        return PLACE.matcher(plainText).find();
    }

    /** Whether a contact question (as plain words) asks about another area, by name or as "another council". */
    static boolean asked(String plainText) {
        return PLACE_OR_ANOTHER_AREA.matcher(plainText).find();
    }
}
