package uk.gov.devon.rpassistant.knowledge;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words and word pairs of a message, hashed into a fixed number of buckets: the part of a {@link TextClassifier}
 * that notices wording ("not come home", "told me") that a sentence's overall meaning can blur.
 */
public final class WordFeatures {

    public static final int BUCKETS = 1 << 18;

    private WordFeatures() {
    }

    /** Lower case, apostrophes kept inside words, everything else a space. */
    public static String normalise(String message) {
        if (message == null) {
            return "";
        }
        String text = message.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        return text.replaceAll("[^a-z0-9&']+", " ").replaceAll("(^| )'+|'+( |$)", " ").strip();
    }

    /** Distinct bucket numbers of the message's words and adjacent word pairs, sorted. */
    public static int[] of(String message) {
        String text = normalise(message);
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] words = text.split(" ");
        int[] buckets = new int[words.length * 2];
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            buckets[n++] = bucket("w:" + words[i]);
            if (i + 1 < words.length) {
                buckets[n++] = bucket("b:" + words[i] + " " + words[i + 1]);
            }
        }
        return Arrays.stream(buckets, 0, n).distinct().sorted().toArray();
    }

    private static int bucket(String token) {
        int h = token.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 15)) & (BUCKETS - 1);
    }
}
