package uk.gov.devon.rpassistant.answer;

import java.text.BreakIterator;
import java.util.Locale;

/** The first sentence of a passage, short enough for one line of a card under "Or did you mean". */
final class Previews {

    static final int LONGEST = 200;

    private Previews() {
    }

    static String firstSentence(String passage) {
        String text = passage.strip().replaceAll("\\s+", " ").replaceFirst("^[-*] ", "");
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.UK);
        sentences.setText(text);
        int end = sentences.next();
        String first = (end == BreakIterator.DONE ? text : text.substring(0, end)).strip();
        if (first.length() <= LONGEST) {
            return first;
        }
        int cut = first.lastIndexOf(' ', LONGEST);
        return first.substring(0, cut > 0 ? cut : LONGEST) + "…";
    }
}
