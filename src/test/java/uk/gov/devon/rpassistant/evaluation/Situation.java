package uk.gov.devon.rpassistant.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One row of the situations set: a message as staff write it, its kind, and the phrases a right reply must hold:
 * groups joined by {@code &&} (each must be there), alternatives within a group by {@code |} (any will do).
 * Matching ignores case, except an alternative in capitals (FOR, WITH, MASH), which must stand as a whole word.
 */
public record Situation(String id, Kind kind, String persona, String question, List<List<String>> expected) {

    public enum Kind { ANSWERABLE, CONTACT, OUT_OF_SCOPE, SAFEGUARDING, SMALL_TALK }

    private static final Pattern CAPITALS = Pattern.compile("[A-Z][A-Z0-9 -]*[A-Z0-9]");

    public Situation {
        expected = expected.stream().map(List::copyOf).toList();
    }

    /** Every group has an alternative in the text. */
    public boolean saidIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return expected.stream().allMatch(group -> group.stream().anyMatch(phrase -> CAPITALS.matcher(phrase).matches()
                ? Pattern.compile("(?<![A-Za-z])" + Pattern.quote(phrase) + "(?![A-Za-z])").matcher(text).find()
                : inflected(phrase).matcher(lower).find()));
    }

    /**
     * A phrase as a person reads it: each word but the last may carry an ending ("draw out" is said by "drawing
     * out"), and the last is matched as the start of a word or inside one, as before ("engag" in "engagement").
     */
    private static Pattern inflected(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).strip().split("\\s+");
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            pattern.append(Pattern.quote(words[i])).append(i < words.length - 1 ? "[a-z]*\\s+" : "");
        }
        return Pattern.compile(pattern.toString());
    }

    /** Every situations set's development half in a folder ({@code situations*-dev.tsv}), in name order. */
    public static List<Path> developmentHalves(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("situations\\d*-dev\\.tsv")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    public static List<Situation> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Situation> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] parts = lines.get(i).split("\t", -1);
                if (parts.length < 4 || parts[0].isBlank()) {
                    continue;
                }
                String expect = parts.length > 4 ? parts[4].strip() : "";
                List<List<String>> groups = expect.isEmpty() ? List.of() : Arrays.stream(expect.split("&&"))
                        .map(group -> Arrays.stream(group.split("\\|")).map(String::strip)
                                .filter(phrase -> !phrase.isEmpty()).toList())
                        .filter(group -> !group.isEmpty()).toList();
                rows.add(new Situation(parts[0].strip(), Kind.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)),
                        parts[2].strip(), parts[3].strip(), groups));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
