package uk.gov.devon.rpassistant.answer;

import java.util.regex.Pattern;

/**
 * Places whose children's services are not Devon County Council's: Plymouth and Torbay run their own, and the
 * others are neighbouring areas. The knowledge base says nothing about how they work, so a question about them is
 * declined with a route rather than answered from Devon's pages, and their numbers are never guessed. (Leeds is not
 * here: the knowledge base has a page on it.)
 */
final class Elsewhere {

    private static final String PLACES = "(?:plymouth|torbay|torquay|paignton|brixham|cornwall|cornish|somerset|"
            + "dorset|bristol)";
    private static final Pattern PLACE = Pattern.compile("\\b" + PLACES + "\\b");
    /**
     * A place asked about, not a place mentioned: "does Dorset do RP", "how does Plymouth run its FGCs",
     * "Somerset's training offer"; not "a YP placed with us from Cornwall, how do I...".
     */
    private static final Pattern ASKED_ABOUT = Pattern.compile("\\b(?:do|does|did|is|are|has|have|how|what|whats|why) "
            + "(?:(?!from |in |at |near |to |into |by |with )[a-z]+ ){0,2}?" + PLACES + "\\b|\\b" + PLACES
            + "(?: s)? (?:use|uses|using|do|does|run|runs|"
            + "approach|model|training|offer|practice|council|county|city|children s|rp|mi|restorative|front door|"
            + "mash)\\b");
    private static final Pattern PLACE_OR_ANOTHER_AREA = Pattern.compile(PLACE.pattern() + "|\\b(another council|"
            + "other council|other local authority|another local authority|other authority|another authority|"
            + "out of county)\\b");

    private Elsewhere() {
    }

    /** Whether a question (as plain words) asks about another area: its practice, services or people. */
    static boolean askedAbout(String plainText) {
        return ASKED_ABOUT.matcher(plainText).find();
    }

    /** Whether a contact question (as plain words) asks about another area, by name or as "another council". */
    static boolean asked(String plainText) {
        return PLACE_OR_ANOTHER_AREA.matcher(plainText).find();
    }
}
