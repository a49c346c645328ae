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
 * message the classifier doubts as a whole is also judged by its parts (its words up to and after each comma or full
 * stop), since a risk told in a few words can be outweighed by a practice question before or after it.
 * The thresholds were chosen on the development half of the blind safety set.
 */
public final class RiskScreen {

    /** The classifier's resource name, before the model: {@code safety/classifier-<model>.tsv}. */
    public static final String CLASSIFIER = "safety/classifier";

    private static final Pattern BOUNDARY = Pattern.compile("[.,;:?!()]+|\\s[-\u2013]\\s");
    private static final int PART_WORDS = 4;
    private static final int PARTS = 4;

    private final List<Pattern> phrases;
    private final TextClassifier classifier;
    private final TextEmbedder embedder;
    private final Thresholds thresholds;

    /**
     * @param possible the classifier's probability from which the routes go above the answer
     * @param clear the probability from which the routes stand alone
     * @param phraseClear with a phrase-list match, the probability from which the routes stand alone (a match on
     *     its own is a possible risk)
     * @param part the probability from which a part of the message (its words up to or after a comma or a full
     *     stop, see {@link RiskScreen#parts}) puts the routes above the answer, when the whole message scored under
     *     {@code possible}: a risk told in a few words before or after a practice question
     */
    public record Thresholds(double possible, double clear, double phraseClear, double part) {
        /** A threshold no probability reaches. */
        static final double OFF = 2;

        /**
         * For all-MiniLM-L6-v2, the model in use. On the development halves (the blind safety set's and the five
         * situations sets', 214 risk messages), after training on 979 more messages of kinds the screen had missed
         * (a parent's suicidal thinking, a child with an adult partner, risk told as a request for tips), every risk
         * message scored at least 0.415 without a phrase-list match. From 0.25 (1.7 times below it) 5.8% of ordinary
         * messages get the routes above the answer, phrase list included. On the first four sets' halves (196 risk
         * messages) that was 6.1%, against 6.4% for the previous classifier at 0.20, which missed two risks of the
         * fourth set's development half. Parts from 0.80 (the level of a clear risk, as a part is a few words out of
         * context): on the development halves (three blind safety sets, ten situations sets) no risk message needed
         * them and about 0.5% more ordinary messages got the routes above the answer; they route a risk told in a few
         * words before or after a practice question, which the whole message's score missed in four of fifty-five
         * such wordings of our own.
         */
        public static final Thresholds CALIBRATED = new Thresholds(0.25, 0.80, 0.50, 0.80);
        /** For bge-small-en-v1.5 with its query instruction: kept for comparison (parts not calibrated: off). */
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
        return assess(message, meaning(message));
    }

    /** As {@link #assess(String)}, with the message's meaning already computed (null when there is none). */
    public RiskLevel assess(String message, float[] meaning) {
        RiskLevel whole = assessWhole(message, meaning);
        if (whole != RiskLevel.NONE || message == null || message.isBlank()) {
            return whole;
        }
        return partProbability(message) >= thresholds.part() ? RiskLevel.POSSIBLE : RiskLevel.NONE;
    }

    /**
     * As {@link #assess(String)} without looking at the message's parts: for the windows of a long pasted message,
     * which already start at each sentence and whose parts would cost seconds more.
     */
    public RiskLevel assessAsAWhole(String message) {
        return assessWhole(message, meaning(message));
    }

    private float[] meaning(String message) {
        return message == null || message.isBlank() ? null : embedder.embedQuery(message);
    }

    private RiskLevel assessWhole(String message, float[] meaning) {
        if (message == null || message.isBlank()) {
            return RiskLevel.NONE;
        }
        double probability = probability(message, meaning);
        boolean phrase = matchesPhrase(message);
        if (probability >= thresholds.clear() || (phrase && probability >= thresholds.phraseClear())) {
            return RiskLevel.CLEAR;
        }
        return phrase || probability >= thresholds.possible() ? RiskLevel.POSSIBLE : RiskLevel.NONE;
    }

    /** The highest probability among the message's parts (0 when it has none or they are not looked at). */
    private double partProbability(String message) {
        if (thresholds.part() > 1) {
            return 0;
        }
        double highest = 0;
        for (String part : parts(message)) {
            highest = Math.max(highest, classifier.probability(part, embedder.embedQuery(part)));
        }
        return highest;
    }

    /**
     * The message's parts: its words up to each comma, full stop, question mark or dash (openings) and after it
     * (endings), each of at least {@value #PART_WORDS} words; the first opening, the first ending, the second
     * opening and so on, at most {@value #PARTS}. "lad is running gear for older boys, mum wants an FGC, how do we
     * set one up" opens with the risk, and "can you explain affective statements, I need them for a yp who says her
     * uncle comes into her room at night" ends with it; in each the practice question outweighs the risk in the
     * whole message's score.
     */
    static List<String> parts(String message) {
        String whole = message.strip();
        List<String> openings = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(whole);
        while (boundary.find()) {
            if (boundary.start() == 0 || boundary.end() >= whole.length()) {
                continue;
            }
            String opening = whole.substring(0, boundary.start()).strip();
            String ending = whole.substring(boundary.end()).strip();
            if (words(opening) >= PART_WORDS) {
                openings.add(opening);
            }
            if (words(ending) >= PART_WORDS) {
                endings.add(ending);
            }
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; parts.size() < PARTS && (i < openings.size() || i < endings.size()); i++) {
            if (i < openings.size()) {
                parts.add(openings.get(i));
            }
            if (i < endings.size() && parts.size() < PARTS) {
                parts.add(endings.get(i));
            }
        }
        return parts;
    }

    private static int words(String text) {
        return text.isEmpty() ? 0 : text.split("\\s+").length;
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
