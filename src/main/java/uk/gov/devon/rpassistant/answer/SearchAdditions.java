package uk.gov.devon.rpassistant.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Words one question's search adds to what the person typed (a window box's name, a first part's topic), kept so
 * that a spelling correction shown back as "Did you mean" is only ever the person's own words. One per question.
 */
final class SearchAdditions {

    private final List<String> additions = new ArrayList<>();

    /** The question with {@code extra} beside it, for the search only. */
    String searchedWith(String question, String extra) {
        String addition = " (" + extra + ")";
        additions.add(addition);
        return question + addition;
    }

    /** A correction of the searched text as the person would recognise it; empty when it corrects nothing typed. */
    Optional<String> shown(Optional<String> corrected, String searched) {
        return corrected.map(this::withoutAdditions).filter(text -> !text.equals(withoutAdditions(searched)));
    }

    private String withoutAdditions(String text) {
        String shown = text;
        for (String addition : additions) {
            if (shown.endsWith(addition)) {
                shown = shown.substring(0, shown.length() - addition.length());
            }
        }
        return shown;
    }
}
