package uk.gov.devon.rpassistant.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link TextClassifier}: logistic regression by AdaGrad with L2 and a fixed seed, "yes" examples
 * weighted above "no" ones (for safety, a miss costs more than a false alarm). Deterministic for the same data and
 * model. Messages are embedded as the bot embeds what people type: as questions.
 */
final class ClassifierTraining {

    static final int EPOCHS = 40;
    static final double L2 = 1e-4;
    static final double RATE = 0.2;

    private ClassifierTraining() {
    }

    /** @param trainedOn what the weights will say they were trained on (see {@link TextClassifier#trainedOn()}) */
    static TextClassifier train(LabelledTexts set, String trainedOn, TextEmbedder embedder, EmbeddingCache cache,
            String cacheName, double yesWeight) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < set.examples().size(); i++) {
            texts.put("m" + i, set.examples().get(i).text());
        }
        Map<String, float[]> vectors = cache.vectors(cacheName, texts, embedder.asQueries());
        int n = set.examples().size();
        int dims = vectors.get("m0").length;
        float[][] meanings = new float[n][];
        int[][] words = new int[n][];
        for (int i = 0; i < n; i++) {
            meanings[i] = vectors.get("m" + i);
            words[i] = WordFeatures.of(set.examples().get(i).text());
        }
        double bias = 0;
        double biasG = 1e-8;
        double[] dense = new double[dims];
        double[] denseG = new double[dims];
        double[] sparse = new double[WordFeatures.BUCKETS];
        double[] sparseG = new double[WordFeatures.BUCKETS];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Random random = new Random(20261201L);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                boolean yes = set.examples().get(i).yes();
                double scale = words[i].length == 0 ? 0 : 1 / Math.sqrt(words[i].length);
                double z = bias;
                for (int d = 0; d < dims; d++) {
                    z += dense[d] * meanings[i][d];
                }
                for (int b : words[i]) {
                    z += sparse[b] * scale;
                }
                double p = 1 / (1 + Math.exp(-z));
                double error = (p - (yes ? 1 : 0)) * (yes ? yesWeight : 1);
                biasG += error * error;
                bias -= RATE * error / Math.sqrt(biasG);
                for (int d = 0; d < dims; d++) {
                    double g = error * meanings[i][d] + L2 * dense[d];
                    denseG[d] += g * g;
                    dense[d] -= RATE * g / Math.sqrt(denseG[d] + 1e-8);
                }
                for (int b : words[i]) {
                    double g = error * scale + L2 * sparse[b];
                    sparseG[b] += g * g;
                    sparse[b] -= RATE * g / Math.sqrt(sparseG[b] + 1e-8);
                }
            }
        }
        float[] denseWeights = new float[dims];
        for (int d = 0; d < dims; d++) {
            denseWeights[d] = (float) dense[d];
        }
        float[] wordWeights = new float[WordFeatures.BUCKETS];
        for (int b = 0; b < wordWeights.length; b++) {
            wordWeights[b] = (float) sparse[b];
        }
        return new TextClassifier(embedder.queryModelId(), trainedOn, bias, denseWeights, wordWeights);
    }
}
