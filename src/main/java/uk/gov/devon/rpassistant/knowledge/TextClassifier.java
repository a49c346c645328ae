package uk.gov.devon.rpassistant.knowledge;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Logistic regression over a message's meaning (its sentence vector) and its hashed words and word pairs: is the
 * message of one kind or not (a child at risk; a question outside what the assistant knows). Trained on labelled
 * messages by the training commands ({@code exec:java@train-classifiers}); the weights ship as
 * {@code <name>-<model>.tsv} resources, one for each sentence-embedding model, because the vector part only means
 * something for its own model.
 */
public final class TextClassifier {

    private final String modelId;
    private final String trainedOn;
    private final double bias;
    private final float[] meaningWeights;
    private final float[] wordWeights;

    public TextClassifier(String modelId, String trainedOn, double bias, float[] meaningWeights, float[] wordWeights) {
        if (wordWeights.length != WordFeatures.BUCKETS) {
            throw new IllegalArgumentException("word weights must have " + WordFeatures.BUCKETS + " buckets");
        }
        this.modelId = modelId;
        this.trainedOn = trainedOn;
        this.bias = bias;
        this.meaningWeights = meaningWeights.clone();
        this.wordWeights = wordWeights.clone();
    }

    /** The resource of the classifier called {@code name} (e.g. "safety/classifier") for a model. */
    public static String resourceName(String name, String modelId) {
        return name + "-" + modelId + ".tsv";
    }

    public String modelId() {
        return modelId;
    }

    /** A fingerprint of the training data the weights came from, to tell when they are stale. */
    public String trainedOn() {
        return trainedOn;
    }

    /** The probability that the message describes a child at risk, from 0 to 1. */
    public double probability(String message, float[] meaning) {
        return 1 / (1 + Math.exp(-score(WordFeatures.of(message), meaning)));
    }

    double score(int[] words, float[] meaning) {
        double z = bias;
        if (meaning != null) {
            for (int i = 0; i < meaningWeights.length && i < meaning.length; i++) {
                z += meaningWeights[i] * meaning[i];
            }
        }
        double scale = words.length == 0 ? 0 : 1 / Math.sqrt(words.length);
        for (int bucket : words) {
            z += wordWeights[bucket] * scale;
        }
        return z;
    }

    /** The classifier called {@code name} for a model, from the class path. */
    public static TextClassifier load(String name, String modelId) {
        String resource = resourceName(name, modelId);
        try (InputStream in = TextClassifier.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The classifier " + resource + " is missing: train it with "
                        + "./mvnw -q test-compile exec:java@train-classifiers");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Lines: model, trained-on, bias, meaning (space-separated weights), then "bucket weight" for each word. */
    private static TextClassifier read(BufferedReader reader) throws IOException {
        String model = value(reader.readLine(), "model");
        String trainedOn = value(reader.readLine(), "trained-on");
        double bias = Double.parseDouble(value(reader.readLine(), "bias"));
        String[] meaning = value(reader.readLine(), "meaning").split(" ");
        float[] meaningWeights = new float[meaning.length];
        for (int i = 0; i < meaning.length; i++) {
            meaningWeights[i] = Float.parseFloat(meaning[i]);
        }
        float[] wordWeights = new float[WordFeatures.BUCKETS];
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] parts = line.split("\t");
            wordWeights[Integer.parseInt(parts[0])] = Float.parseFloat(parts[1]);
        }
        return new TextClassifier(model, trainedOn, bias, meaningWeights, wordWeights);
    }

    private static String value(String line, String key) {
        if (line == null || !line.startsWith(key + "\t")) {
            throw new IllegalStateException("The classifier file lacks its '" + key + "' line");
        }
        return line.substring(key.length() + 1);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("model\t" + modelId + "\n");
            out.write("trained-on\t" + trainedOn + "\n");
            out.write(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
            StringBuilder meaning = new StringBuilder("meaning\t");
            for (int i = 0; i < meaningWeights.length; i++) {
                meaning.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.5f", meaningWeights[i]));
            }
            out.write(meaning + "\n");
            for (int i = 0; i < wordWeights.length; i++) {
                if (Math.abs(wordWeights[i]) >= 1e-4) {
                    out.write(String.format(Locale.ROOT, "%d\t%.4f%n", i, wordWeights[i]));
                }
            }
        }
    }
}
