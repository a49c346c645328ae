package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ./mvnw -q test-compile exec:java@train-classifiers [-Dknowledge-base.model=...]}: trains the three text
 * classifiers from their data and writes their weights into {@code src/main/resources}: the safety screen's (risk
 * or ordinary, {@code safety/training/*.tsv} and {@code safety/examples.tsv}) and the scope screen's (outside what
 * the assistant knows, {@code answer/out-of-scope.tsv}, or a question it answers: the ordinary practice messages
 * of the safety data and the questions the knowledge base lists), and the chat screen's (a whole message of small talk,
 * {@code answer/chat-training.tsv} and the small talk examples, or a short message that asks for something). Never
 * the blind evaluation sets.
 */
final class TrainClassifiers {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final String SAFETY = "safety/classifier";
    static final String SCOPE = "answer/scope";
    static final String CHAT = "answer/chat";
    /**
     * The safety data's categories of ordinary messages that are practice questions the assistant answers. Not
     * {@code safety-situation} ({@code ordinary-more.tsv}): written for the safety screen, they also lowered the
     * scope screen's out-of-scope declines on the development halves (the first set's from 92.3% to 88.5%).
     */
    static final Set<String> PRACTICE = Set.of("practice", "situation");
    /** Said after the scope data's fingerprint: the knowledge base's questions were in the training too. */
    static final String LISTED = " and the knowledge base's listed questions";

    private TrainClassifiers() {
    }

    public static void main(String[] args) {
        String model = System.getProperty("knowledge-base.model", KnowledgeProperties.DEFAULT_MODEL);
        TextEmbedder embedder = TextEmbedder.named(model);
        EmbeddingCache cache = new EmbeddingCache(new KnowledgeProperties(null, null, null).embeddingCache());
        write(SAFETY, ClassifierTraining.train(safety(), safety().fingerprint(), embedder, cache, "safety-training",
                2.0));
        write(SCOPE, ClassifierTraining.train(withListedQuestions(scope(), Path.of("knowledge-base")),
                scope().fingerprint() + LISTED, embedder, cache, "scope-training", 2.0));
        write(CHAT, ClassifierTraining.train(withListedQuestions(chat(), Path.of("knowledge-base")),
                chat().fingerprint() + LISTED, embedder, cache, "chat-training", 1.0));
    }

    private static void write(String name, TextClassifier classifier) {
        Path file = RESOURCES.resolve(TextClassifier.resourceName(name, classifier.modelId()));
        try {
            classifier.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        System.out.println("Trained " + file + " on " + classifier.trainedOn());
    }

    /** Risk messages (yes) and ordinary ones (no). */
    static LabelledTexts safety() {
        List<LabelledTexts.Example> examples = new ArrayList<>();
        for (String[] row : rows(RESOURCES.resolve("safety/training"), 3)) {
            examples.add(new LabelledTexts.Example(row[0].equals("risk"), row[2]));
        }
        for (String line : lines(RESOURCES.resolve("safety/examples.tsv"))) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2 && (parts[0].equals("RISK") || parts[0].equals("SAFE"))) {
                examples.add(new LabelledTexts.Example(parts[0].equals("RISK"), parts[1].strip()));
            }
        }
        return new LabelledTexts(examples);
    }

    /** Questions outside what the assistant knows (yes) and practice questions it answers (no). */
    static LabelledTexts scope() {
        List<LabelledTexts.Example> examples = new ArrayList<>();
        texts(RESOURCES.resolve("answer/out-of-scope.tsv"), true)
                .forEach(text -> examples.add(new LabelledTexts.Example(true, text)));
        for (String[] row : rows(RESOURCES.resolve("safety/training"), 3)) {
            if (row[0].equals("ordinary") && PRACTICE.contains(row[1])) {
                examples.add(new LabelledTexts.Example(false, row[2]));
            }
        }
        return new LabelledTexts(examples);
    }

    /**
     * Whole messages that are small talk (yes: {@code answer/chat-training.tsv}'s chat rows and the small talk
     * examples) and short messages that ask for something (no: its other rows and the out-of-scope questions).
     */
    static LabelledTexts chat() {
        List<LabelledTexts.Example> examples = new ArrayList<>();
        for (String[] row : rows(RESOURCES.resolve("answer/chat-training.tsv"), 3)) {
            examples.add(new LabelledTexts.Example(row[0].equals("chat"), row[2]));
        }
        texts(RESOURCES.resolve("answer/small-talk.tsv"), false)
                .forEach(text -> examples.add(new LabelledTexts.Example(true, text)));
        texts(RESOURCES.resolve("answer/out-of-scope.tsv"), true)
                .forEach(text -> examples.add(new LabelledTexts.Example(false, text)));
        return new LabelledTexts(examples);
    }

    /**
     * The scope data with every question the knowledge base lists added as a "no" (a question the assistant
     * answers). They are left out of the fingerprint: content owners add questions every week, and the screen
     * only needs retraining now and then, not before each build.
     */
    static LabelledTexts withListedQuestions(LabelledTexts scope, Path knowledgeBase) {
        List<LabelledTexts.Example> examples = new ArrayList<>(scope.examples());
        new KnowledgeBaseLoader().load(knowledgeBase).sections().forEach(section -> section.questions()
                .forEach(question -> examples.add(new LabelledTexts.Example(false, question))));
        return new LabelledTexts(examples);
    }

    /** The rows of a .tsv file, or of every .tsv file in a folder in file-name order, header lines left out. */
    private static List<String[]> rows(Path folder, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (var files = Files.isDirectory(folder) ? Files.list(folder) : Stream.of(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : lines(file).stream().skip(1).toList()) {
                    String[] parts = line.split("\t");
                    if (parts.length >= columns && !parts[columns - 1].isBlank()) {
                        parts[columns - 1] = parts[columns - 1].strip();
                        rows.add(parts);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
        return rows;
    }

    /** The text after the first tab of each line of a file (a label or a number, a tab, the text). */
    private static List<String> texts(Path file, boolean header) {
        return lines(file).stream().skip(header ? 1 : 0).map(line -> line.split("\t", 2))
                .filter(parts -> parts.length == 2 && !parts[1].isBlank()).map(parts -> parts[1].strip()).toList();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
