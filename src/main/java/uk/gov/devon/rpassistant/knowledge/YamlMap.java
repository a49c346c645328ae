package uk.gov.devon.rpassistant.knowledge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with its line numbers, so that every problem names the line a content owner must fix.
 * Values are read as text; nothing is turned into Java objects by tags.
 */
final class YamlMap {

    private final Path path;
    private final int lineOffset;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    YamlMap(Path path, int lineOffset, Node node) throws ContentException {
        this.path = path;
        this.lineOffset = lineOffset;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw problem(node, "expected a list of 'key: value' lines here");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw problem(tuple.getKeyNode(), "a key must be a plain word");
            }
            if (values.containsKey(key.getValue())) {
                throw problem(key, "'" + key.getValue() + "' is given twice");
            }
            values.put(key.getValue(), tuple.getValueNode());
            keyLines.put(key.getValue(), lineOf(key));
        }
    }

    Map<String, Integer> keyLines() {
        return Map.copyOf(keyLines);
    }

    int line() {
        return lineOf(node);
    }

    List<String> keys() {
        return List.copyOf(values.keySet());
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String requiredString(String key) throws ContentException {
        return optionalString(key).orElseThrow(() -> missing(key));
    }

    Optional<String> optionalString(String key) throws ContentException {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode scalar)) {
            throw problem(value, "'" + key + "' should be a single value, not a list");
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            throw problem(value, "'" + key + "' is empty");
        }
        return Optional.of(text);
    }

    LocalDate requiredDate(String key) throws ContentException {
        String text = requiredString(key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(values.get(key), "'" + key + "' should be a date like 2027-05-31, not '" + text + "'");
        }
    }

    Optional<Integer> optionalInt(String key) throws ContentException {
        Optional<String> text = optionalString(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.get()));
        } catch (NumberFormatException e) {
            throw problem(values.get(key), "'" + key + "' should be a whole number");
        }
    }

    boolean optionalBoolean(String key, boolean fallback) throws ContentException {
        Optional<String> text = optionalString(key);
        if (text.isEmpty()) {
            return fallback;
        }
        return switch (text.get().toLowerCase()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw problem(values.get(key), "'" + key + "' should be true or false");
        };
    }

    List<String> stringList(String key) throws ContentException {
        return itemList(key).stream().map(Item::text).toList();
    }

    /** The items of a list of text, each with its line in the file, for checks that point at one item. */
    List<Item> itemList(String key) throws ContentException {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw problem(value, "'" + key + "' should be a list (lines starting with '- ', or [a, b])");
        }
        List<Item> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                throw problem(item, "each item of '" + key + "' should be a short piece of text");
            }
            items.add(new Item(scalar.getValue().strip(), lineOf(item)));
        }
        return items;
    }

    List<YamlMap> mapList(String key) throws ContentException {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw problem(value, "'" + key + "' should be a list");
        }
        List<YamlMap> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlMap(path, lineOffset, item));
        }
        return items;
    }

    Optional<YamlMap> optionalMap(String key) throws ContentException {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        return Optional.of(new YamlMap(path, lineOffset, value));
    }

    int lineOf(String key) {
        return keyLines.getOrDefault(key, line());
    }

    ContentException problemAt(String key, String message) {
        return new ContentException(new ContentProblem(path, lineOf(key), message));
    }

    private ContentException missing(String key) {
        return new ContentException(new ContentProblem(path, line(), "the required field '" + key + "' is missing"));
    }

    private ContentException problem(Node at, String message) {
        return new ContentException(new ContentProblem(path, lineOf(at), message));
    }

    private int lineOf(Node at) {
        return at.getStartMark().getLine() + 1 + lineOffset;
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }

    /** One item of a list of text, with the 1-based line of the file it is on. */
    record Item(String text, int line) {
    }
}
