package uk.gov.devon.rpassistant.knowledge;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with a knowledge-base file, with where it is, so that a content owner can find it.
 *
 * @param line 1-based line number in the file, or 0 when the problem is with the file as a whole
 */
public record ContentProblem(Path path, int line, String message) {

    public ContentProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
    }
}
