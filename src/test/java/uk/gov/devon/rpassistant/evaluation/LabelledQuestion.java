package uk.gov.devon.rpassistant.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question of the labelled set, as staff would type it, with the section that should answer it (or the
 * sections, where two answer it equally well), or none when the knowledge base should decline it.
 */
public record LabelledQuestion(String question, Set<String> expectedSectionIds) {

    public static final String NONE = "NONE";

    public LabelledQuestion {
        Objects.requireNonNull(question, "question");
        expectedSectionIds = Set.copyOf(expectedSectionIds);
    }

    public boolean answerable() {
        return !expectedSectionIds.isEmpty();
    }

    public boolean isAnsweredBy(String sectionId) {
        return expectedSectionIds.contains(sectionId);
    }

    /** The label as written in the file: ids joined by "|", or NONE. */
    public String label() {
        return answerable() ? String.join("|", new java.util.TreeSet<>(expectedSectionIds)) : NONE;
    }

    /** Reads the tab-separated file: a header line, then {@code expected<TAB>question} lines. */
    public static List<LabelledQuestion> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the labelled questions " + file, e);
        }
        List<LabelledQuestion> questions = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'section id<TAB>question'");
            }
            String expected = parts[0].strip();
            questions.add(new LabelledQuestion(parts[1].strip(),
                    expected.equals(NONE) ? Set.of() : Set.of(expected.split("\\|"))));
        }
        return questions;
    }
}
