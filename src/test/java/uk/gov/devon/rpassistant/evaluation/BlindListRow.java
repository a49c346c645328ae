package uk.gov.devon.rpassistant.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A row of a list a helper wrote blind ({@code eval/*-blind.tsv}: a header, then a kind and a message a line). The
 * even rows were used to tune with; the odd rows were not.
 */
record BlindListRow(int number, String kind, String message) {

    static List<BlindListRow> read(String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval", name), StandardCharsets.UTF_8);
            return IntStream.range(1, lines.size()).filter(i -> !lines.get(i).isBlank()).mapToObj(i -> {
                String[] columns = lines.get(i).split("\t", 2);
                return new BlindListRow(i - 1, columns[0], columns[1]);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the row was left out of the tuning. */
    boolean unseen() {
        return number % 2 == 1;
    }
}
