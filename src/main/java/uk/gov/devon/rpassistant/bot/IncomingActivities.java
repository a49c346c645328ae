package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads and checks what arrives at /api/messages before any of it reaches the SDK: the size first (from
 * Content-Length, then again while reading, so that a body sent in chunks is never read unbounded), then JSON,
 * then the shape of an activity and what a turn needs. A refusal carries a status and a reason that a developer
 * can act on; it never quotes the body or an exception.
 */
final class IncomingActivities {

    /**
     * The largest body read: 256 KB (262,144 bytes), the Bot Connector's own limit on an activity (it refuses
     * larger ones with "MessageSizeTooBig ... 262144 bytes", botframework-sdk issue #6669). What Teams sends is
     * far smaller: a message is capped at about 28 KB, an Adaptive Card submit or a messaging-extension query is
     * a few KB. So nothing Teams can send is refused, and a client cannot make the bot read or parse megabytes.
     */
    static final int MAX_BODY_BYTES = 256 * 1024;

    /** Why an activity was refused, as an HTTP status and a reason for whoever sent it. */
    static final class Rejected extends Exception {

        private final int status;

        Rejected(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }

        String reason() {
            return getMessage();
        }
    }

    private static final String TOO_LARGE = "The body is larger than 256 KB; a Bot Framework activity is far smaller.";

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .findAndRegisterModules();

    /**
     * @param declaredLength the request's Content-Length, or -1 when it has none (a chunked body)
     * @param body the request body, read here up to {@link #MAX_BODY_BYTES} and no further
     */
    Activity read(long declaredLength, InputStream body) throws Rejected {
        if (declaredLength > MAX_BODY_BYTES) {
            throw new Rejected(413, TOO_LARGE);
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new Rejected(400, "The body could not be read.");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new Rejected(413, TOO_LARGE);
        }
        return activity(json(bytes));
    }

    private JsonNode json(byte[] bytes) throws Rejected {
        JsonNode json;
        try {
            json = bytes.length == 0 ? null : mapper.readTree(bytes);
        } catch (IOException e) {
            throw new Rejected(400, "The body is not valid JSON.");
        }
        if (json == null || json.isMissingNode()) {
            throw new Rejected(400, "The request has no body; expected a Bot Framework activity.");
        }
        return json;
    }

    private Activity activity(JsonNode json) throws Rejected {
        if (!json.isObject()) {
            throw new Rejected(400, "The body is not a Bot Framework activity: expected a JSON object.");
        }
        if (!hasText(json.get("type"))) {
            throw new Rejected(400, "The body is not a Bot Framework activity: it needs a \"type\".");
        }
        requireWhatATurnNeeds(json);
        requireWellFormedEntities(json.get("entities"));
        try {
            return mapper.treeToValue(json, Activity.class);
        } catch (JsonMappingException e) {
            throw new Rejected(400, "The activity's " + field(e) + " has the wrong type or format.");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new Rejected(400, "The body is not a Bot Framework activity.");
        }
    }

    /**
     * Every turn replies to a conversation on a channel, at its serviceUrl, to someone (whose state is kept by
     * channel and id); the SDK reads the locale as a language tag and fails on anything else.
     */
    private static void requireWhatATurnNeeds(JsonNode json) throws Rejected {
        if (!hasText(json.get("channelId"))) {
            throw new Rejected(400, "The activity needs a \"channelId\".");
        }
        JsonNode conversationId = json.path("conversation").get("id");
        if (!hasText(conversationId)) {
            throw new Rejected(400, "The activity needs a \"conversation\" with an \"id\".");
        }
        if (conversationId.asText().chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            // It goes into a header of each reply, where anything but printable ASCII makes the reply fail.
            throw new Rejected(400, "The activity's conversation id must be printable ASCII, without control "
                    + "characters.");
        }
        if (!isHttpAddress(json.get("serviceUrl"))) {
            throw new Rejected(400, "The activity needs a \"serviceUrl\": the http or https address to reply to.");
        }
        if (!hasText(json.path("from").get("id"))) {
            throw new Rejected(400, "The activity needs a \"from\" with an \"id\".");
        }
        JsonNode locale = json.get("locale");
        if (locale != null && !locale.isNull() && !isLanguageTag(locale)) {
            throw new Rejected(400, "The activity's \"locale\" must be a language tag such as en-GB.");
        }
    }

    /**
     * Each entity has a type; a mention names who was mentioned ({@code mentioned.id}) and how ({@code text}).
     * The SDK reads mentions carelessly (an entity without a type throws; a mention it cannot read becomes a null
     * and a stack trace on standard error), so they are checked here.
     */
    private static void requireWellFormedEntities(JsonNode entities) throws Rejected {
        if (entities == null || !entities.isArray()) {
            return;
        }
        for (JsonNode entity : entities) {
            if (!entity.isObject() || !hasText(entity.get("type"))) {
                throw new Rejected(400, "Each entity needs a \"type\".");
            }
            if (!"mention".equalsIgnoreCase(entity.get("type").asText())) {
                continue;
            }
            JsonNode mentioned = entity.get("mentioned");
            boolean wellFormed = mentioned != null && mentioned.isObject() && hasText(mentioned.get("id"))
                    && textOrAbsent(mentioned.get("name")) && textOrAbsent(mentioned.get("aadObjectId"))
                    && textOrAbsent(mentioned.get("role")) && textOrAbsent(entity.get("text"));
            if (!wellFormed) {
                throw new Rejected(400, "A mention entity needs \"mentioned\" with an \"id\", and its \"text\" "
                        + "must be a string.");
            }
        }
    }

    private static boolean hasText(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank();
    }

    private static boolean textOrAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isTextual();
    }

    private static boolean isLanguageTag(JsonNode node) {
        if (!node.isTextual() || node.asText().length() > 100) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(node.asText());
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static boolean isHttpAddress(JsonNode node) {
        if (!hasText(node)) {
            return false;
        }
        try {
            URI uri = new URI(node.asText());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Where in the activity the mapping failed, by field names only (never the exception's text). */
    private static String field(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        boolean plain = !path.isEmpty() && path.length() <= 80 && path.matches("[A-Za-z0-9_@$.\\[\\]-]+");
        return plain ? "\"" + path + "\"" : "content";
    }
}
