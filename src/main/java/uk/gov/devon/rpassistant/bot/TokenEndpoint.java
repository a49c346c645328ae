package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Somewhere that issues the bot's reply tokens over HTTP: Microsoft Entra ID ({@link EntraTokens}) or the hosting
 * platform's managed identity ({@link ManagedIdentityTokens}). Both answer JSON with an {@code access_token}; they
 * differ in the request and in how they say when it expires. A failure names the place and its HTTP status or
 * OAuth error code, never a secret or a token.
 */
abstract class TokenEndpoint {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http;

    TokenEndpoint(HttpClient http) {
        this.http = http;
    }

    /** A value for a URL's query or a form body. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The request for one token. */
    abstract HttpRequest request();

    /** When the token in this answer expires, or null if the answer does not say. */
    abstract Instant expiry(JsonNode answer, Instant now);

    /** Where the tokens come from, for logs and errors. */
    abstract String describe();

    final AccessToken fetch() {
        HttpResponse<String> response;
        try {
            response = http.send(request(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + describe() + " (" + e.getClass().getSimpleName() + ")",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + describe() + " for a token", e);
        }
        JsonNode answer = json(response.body());
        if (response.statusCode() != 200) {
            String error = answer.path("error").isTextual() ? " (" + answer.path("error").asText() + ")" : "";
            throw new IllegalStateException(describe() + " refused the token request: HTTP " + response.statusCode()
                    + error);
        }
        String token = answer.path("access_token").asText("");
        Instant expiresOn = expiry(answer, Instant.now());
        if (token.isBlank() || expiresOn == null) {
            throw new IllegalStateException(describe() + " answered without an access token and its expiry");
        }
        return new AccessToken(token, expiresOn);
    }

    private static JsonNode json(String body) {
        try {
            JsonNode json = MAPPER.readTree(body == null ? "" : body);
            return json == null ? MAPPER.createObjectNode() : json;
        } catch (JsonProcessingException e) {
            return MAPPER.createObjectNode();
        }
    }
}
