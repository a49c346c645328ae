package uk.gov.devon.rpassistant.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import uk.gov.devon.rpassistant.knowledge.EmbeddingCache;
import uk.gov.devon.rpassistant.knowledge.TextEmbedder;

/**
 * Recognises a message that describes immediate risk or harm to a child, so that the emergency routes come
 * first. Two signals, either of which is enough: a reviewed phrase list, and the message's meaning being close to
 * a labelled example risk message and clearly closer to it than to any example ordinary question
 * ({@code safety/examples.tsv}). The thresholds were chosen by leave-one-out on those examples.
 */
public final class RiskScreen {

    private final List<Pattern> phrases;
    private final List<float[]> riskExamples;
    private final List<float[]> safeExamples;
    private final TextEmbedder embedder;
    private final Thresholds thresholds;

    /**
     * @param similarity how close in meaning to a risk example a message must be
     * @param margin how much closer to the nearest risk example than to the nearest ordinary question
     */
    public record Thresholds(double similarity, double margin) {
        public static final Thresholds CALIBRATED = new Thresholds(0.35, 0.05);
    }

    public RiskScreen(TextEmbedder embedder, EmbeddingCache cache, Thresholds thresholds) {
        this.embedder = embedder;
        this.thresholds = thresholds;
        this.phrases = lines("safety/risk-phrases.txt").stream().map(Pattern::compile).toList();
        Map<String, String> examples = new LinkedHashMap<>();
        for (String line : lines("safety/examples.tsv")) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2 && (parts[0].equals("RISK") || parts[0].equals("SAFE"))) {
                examples.put(parts[0] + examples.size(), parts[1].strip());
            }
        }
        Map<String, float[]> vectors = cache.vectors("safety-examples", examples, embedder);
        this.riskExamples = vectorsOf(vectors, "RISK");
        this.safeExamples = vectorsOf(vectors, "SAFE");
    }

    public boolean describesRisk(String message) {
        return describesRisk(message, message == null || message.isBlank() ? null : embedder.embed(message));
    }

    /** As {@link #describesRisk(String)}, with the message's meaning already computed (null: phrases only). */
    public boolean describesRisk(String message, float[] meaning) {
        return matchesPhrase(message) || (meaning != null && closeToRiskExamples(meaning));
    }

    boolean matchesPhrase(String message) {
        String text = normalise(message);
        return phrases.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    boolean closeToRiskExamples(float[] vector) {
        double risk = nearest(vector, riskExamples);
        double safe = nearest(vector, safeExamples);
        return risk >= thresholds.similarity() && risk - safe >= thresholds.margin();
    }

    static String normalise(String message) {
        if (message == null) {
            return "";
        }
        String text = message.toLowerCase(Locale.ROOT).replace('’', '\'');
        return text.replaceAll("[^a-z0-9&]+", " ").strip();
    }

    private static List<float[]> vectorsOf(Map<String, float[]> vectors, String label) {
        return vectors.entrySet().stream().filter(entry -> entry.getKey().startsWith(label))
                .map(Map.Entry::getValue).toList();
    }

    private static double nearest(float[] vector, List<float[]> examples) {
        double best = -1;
        for (float[] example : examples) {
            double dot = 0;
            for (int i = 0; i < vector.length; i++) {
                dot += vector[i] * example[i];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    private static List<String> lines(String resource) {
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
