package uk.gov.devon.rpassistant.answer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A message as plain lower-case words separated by single spaces, for the rules that read what staff typed. */
final class PlainWords {

    /**
     * Contractions typed without their apostrophe, written as the rules read the apostrophe's ("you're" is "you
     * re"), so that "youre", "thats" and "didnt" match as "you're", "that's" and "didn't" do. Not "its", "wont",
     * "id" or "well", which are words of their own.
     */
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(Map.entry("youre", "you re"),
            Map.entry("youve", "you ve"), Map.entry("youll", "you ll"), Map.entry("thats", "that s"),
            Map.entry("whats", "what s"), Map.entry("dont", "don t"), Map.entry("didnt", "didn t"),
            Map.entry("doesnt", "doesn t"), Map.entry("isnt", "isn t"), Map.entry("wasnt", "wasn t"),
            Map.entry("cant", "can t"), Map.entry("couldnt", "couldn t"), Map.entry("wouldnt", "wouldn t"),
            Map.entry("shouldnt", "shouldn t"), Map.entry("havent", "haven t"), Map.entry("hasnt", "hasn t"),
            Map.entry("im", "i m"), Map.entry("ive", "i ve"), Map.entry("ur", "you re"));

    private PlainWords() {
    }

    static String of(String text) {
        String plain = typed(text);
        return plain.isEmpty() ? plain : Arrays.stream(plain.split(" "))
                .map(word -> CONTRACTIONS.getOrDefault(word, word)).collect(Collectors.joining(" "));
    }

    /** How many words, as they were typed: contractions are not spelt out here, so rules' word limits stay put. */
    static int count(String text) {
        String plain = typed(text);
        return plain.isEmpty() ? 0 : plain.split(" ").length;
    }

    private static String typed(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return lower.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
