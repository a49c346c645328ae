package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the SDK's state values into JSON and back. A {@link com.microsoft.bot.builder.BotState} value is a map of
 * property name to object; each object is kept with its class name so that it comes back as the same type. Only
 * our own classes and plain values are ever instantiated on the way back, so stored text cannot make the bot
 * build arbitrary objects.
 */
final class StateCodec {

    /** The map entry in which the SDK's convention carries a state map's etag. */
    static final String ETAG = "eTag";
    private static final String OUR_PACKAGE = "uk.gov.devon.rpassistant.";
    private static final Set<String> PLAIN = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Boolean", "java.lang.Double");

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    String encode(Object value) {
        ObjectNode root = mapper.createObjectNode();
        if (value instanceof Map<?, ?> map) {
            ObjectNode values = root.putObject("map");
            map.forEach((name, item) -> {
                if (item != null && !ETAG.equals(name)) {
                    values.set(String.valueOf(name), typed(item));
                }
            });
        } else {
            root.set("object", typed(value));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Bot state cannot be written as JSON: " + value.getClass().getName(), e);
        }
    }

    /** The value, or empty when the text is not state this bot wrote. */
    Optional<Object> decode(String text) {
        try {
            JsonNode root = mapper.readTree(text);
            if (root.has("map")) {
                Map<String, Object> map = new LinkedHashMap<>();
                var fields = root.get("map").fields();
                while (fields.hasNext()) {
                    var field = fields.next();
                    Optional<Object> item = untyped(field.getValue());
                    if (item.isEmpty()) {
                        return Optional.empty();
                    }
                    map.put(field.getKey(), item.get());
                }
                return Optional.of(map);
            }
            return root.has("object") ? untyped(root.get("object")) : Optional.empty();
        } catch (JsonProcessingException | ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private ObjectNode typed(Object item) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", item.getClass().getName());
        node.set("value", mapper.valueToTree(item));
        return node;
    }

    private Optional<Object> untyped(JsonNode node) throws JsonProcessingException, ClassNotFoundException {
        String type = node.path("type").asText("");
        if (!type.startsWith(OUR_PACKAGE) && !PLAIN.contains(type)) {
            return Optional.empty();
        }
        Class<?> kind = Class.forName(type, false, StateCodec.class.getClassLoader());
        return Optional.of(mapper.treeToValue(node.get("value"), kind));
    }
}
