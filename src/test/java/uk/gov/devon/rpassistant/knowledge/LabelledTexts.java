package uk.gov.devon.rpassistant.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Messages labelled yes or no for one {@link TextClassifier}: its training data. */
record LabelledTexts(List<Example> examples) {

    record Example(boolean yes, String text) {
    }

    LabelledTexts {
        examples = List.copyOf(examples);
    }

    /** A fingerprint of the labelled texts, in order, recorded beside the weights trained on them. */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Example example : examples) {
                digest.update(((example.yes() ? "R\t" : "O\t") + example.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16) + " (" + examples.size() + " messages)";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
