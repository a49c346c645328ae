package uk.gov.devon.rpassistant.answer;

import java.util.Locale;

/** A message as plain lower-case words separated by single spaces, for the rules that read what staff typed. */
final class PlainWords {

    private PlainWords() {
    }

    static String of(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return lower.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
