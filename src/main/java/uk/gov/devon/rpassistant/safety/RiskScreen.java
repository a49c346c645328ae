package uk.gov.devon.rpassistant.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.devon.rpassistant.knowledge.TextClassifier;
import uk.gov.devon.rpassistant.knowledge.TextEmbedder;

/**
 * Recognises a message that may describe risk or harm to a child, so that the emergency routes come first. Two
 * signals: a reviewed phrase list ({@code safety/risk-phrases.txt}) and a classifier trained on a large, varied
 * set of risk and ordinary messages ({@code safety/training/}, a {@link TextClassifier}). Missing a risk costs far more than a false alarm,
 * so there are two levels: a possible risk gets the routes above the answer, a clear one gets the routes alone. A
 * message the classifier doubts as a whole is also judged by its openings (up to each comma or full stop), since a
 * risk told in a few words can be outweighed by a long practice question after it.
 * The thresholds were chosen on the development half of the blind safety set.
 */
public final class RiskScreen {

    /** The classifier's resource name, before the model: {@code safety/classifier-<model>.tsv}. */
    public static final String CLASSIFIER = "safety/classifier";

    private static final Pattern BOUNDARY = Pattern.compile("[.,;:?!()]+|\\s[-\u2013]\\s");
    private static final int OPENING_WORDS = 4;
    private static final int OPENINGS = 4;

    private final List<Pattern> phrases;
    private final TextClassifier classifier;
    private final TextEmbedder embedder;
    private final Thresholds thresholds;

    /**
     * @param possible the classifier's probability from which the routes go above the answer
     * @param clear the probability from which the routes stand alone
     * @param phraseClear with a phrase-list match, the probability from which the routes stand alone (a match on
     *     its own is a possible risk)
     * @param opening the probability from which a message's opening (its words up to a comma or a full stop, see
     *     {@link RiskScreen#openings}) puts the routes above the answer, when the whole message scored under
     *     {@code possible}: a risk told in a few words before a long practice question
     */
    public record Thresholds(double possible, double clear, double phraseClear, double opening) {
        /** A threshold no probability reaches. */
        static final double OFF = 2;

        /**
         * For all-MiniLM-L6-v2, the model in use. On the development halves (the blind safety set's and the five
         * situations sets', 214 risk messages), after training on 979 more messages of kinds the screen had missed
         * (a parent's suicidal thinking, a child with an adult partner, risk told as a request for tips), every risk
         * message scored at least 0.415 without a phrase-list match. From 0.25 (1.7 times below it) 5.8% of ordinary
         * messages get the routes above the answer, phrase list included. On the first four sets' halves (196 risk
         * messages) that was 6.1%, against 6.4% for the previous classifier at 0.20, which missed two risks of the
         * fourth set's development half. Openings from 0.80 (the level of a clear risk, as an opening is a few words
         * out of context): on the development halves (three blind safety sets, ten situations sets) no risk message
         * needed them and 0.4% more ordinary messages got the routes above the answer; they route a risk told in a
         * few words before a long practice question, which the whole message's score missed in three of forty such
         * wordings of our own.
         */
        public static final Thresholds CALIBRATED = new Thresholds(0.25, 0.80, 0.50, 0.80);
        /** For bge-small-en-v1.5 with its query instruction: kept for comparison (openings not calibrated: off). */
        static final Thresholds CALIBRATED_BGE = new Thresholds(0.30, 0.80, 0.50, OFF);
        /**
         * For e5-small-v2 with its query prefix: kept for comparison. On the development half the lowest risk
         * message without a phrase-list match scored 0.27; from 0.15, 1.7% of ordinary messages are routed by the
         * classifier alone.
         */
        static final Thresholds CALIBRATED_E5 = new Thresholds(0.15, 0.80, 0.50, OFF);

        /** The calibrated thresholds for a model (by {@code TextEmbedder.queryModelId()}). */
        public static Thresholds calibratedFor(String queryModelId) {
            return queryModelId.startsWith("bge-small") ? CALIBRATED_BGE
                    : queryModelId.startsWith("e5-small") ? CALIBRATED_E5 : CALIBRATED;
        }
    }

    public RiskScreen(TextEmbedder embedder, Thresholds thresholds) {
        this(embedder, thresholds, TextClassifier.load(CLASSIFIER, embedder.queryModelId()));
    }

    RiskScreen(TextEmbedder embedder, Thresholds thresholds, TextClassifier classifier) {
        this.embedder = embedder;
        this.thresholds = thresholds;
        this.classifier = classifier;
        this.phrases = lines("safety/risk-phrases.txt").stream().map(Pattern::compile).toList();
    }

    public RiskLevel assess(String message) {
        return assess(message, message == null || message.isBlank() ? null : embedder.embedQuery(message));
    }

    /** As {@link #assess(String)}, with the message's meaning already computed (null when there is none). */
    public RiskLevel assess(String message, float[] meaning) {
        if (message == null || message.isBlank()) {
            return RiskLevel.NONE;
        }
        double probability = probability(message, meaning);
        boolean phrase = matchesPhrase(message);
        if (probability >= thresholds.clear() || (phrase && probability >= thresholds.phraseClear())) {
            return RiskLevel.CLEAR;
        }
        if (phrase || probability >= thresholds.possible()) {
            return RiskLevel.POSSIBLE;
        }
        return openingProbability(message) >= thresholds.opening() ? RiskLevel.POSSIBLE : RiskLevel.NONE;
    }

    /** The highest probability among the message's openings (0 when it has none or they are not looked at). */
    private double openingProbability(String message) {
        if (thresholds.opening() > 1) {
            return 0;
        }
        double highest = 0;
        for (String opening : openings(message)) {
            highest = Math.max(highest, classifier.probability(opening, embedder.embedQuery(opening)));
        }
        return highest;
    }

    /**
     * The message's openings: its words up to each comma, full stop, question mark or dash, of at least
     * {@value #OPENING_WORDS} words and short of the whole message; at most {@value #OPENINGS}. "lad is running gear
     * for older boys, mum wants an FGC, how do we set one up" opens with the risk, which the practice question
     * after it outweighs in the whole message's score.
     */
    static List<String> openings(String message) {
        List<String> openings = new ArrayList<>();
        String whole = message.strip();
        Matcher boundary = BOUNDARY.matcher(whole);
        while (boundary.find() && openings.size() < OPENINGS) {
            String opening = whole.substring(0, boundary.start()).strip();
            if (opening.split("\\s+").length >= OPENING_WORDS && boundary.end() < whole.length()) {
                openings.add(opening);
            }
        }
        return openings;
    }

    /** The classifier's probability that the message describes a child at risk. */
    public double probability(String message, float[] meaning) {
        return classifier.probability(message, meaning);
    }

    /** Whether the message matches the reviewed phrase list. */
    public boolean matchesPhrase(String message) {
        String text = normalise(message);
        return phrases.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    static String normalise(String message) {
        if (message == null) {
            return "";
        }
        String text = message.toLowerCase(Locale.ROOT).replace('’', '\'');
        return text.replaceAll("[^a-z0-9&]+", " ").strip();
    }

    static List<String> lines(String resource) {
        try (InputStream in = RiskScreen.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The safety list " + resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
