package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Instant;

/**
 * Reply tokens from the hosting platform's managed identity, so that production holds no client secret. App Service
 * and Container Apps give the endpoint and the header that proves the caller runs on them in the environment
 * ({@code IDENTITY_ENDPOINT}, {@code IDENTITY_HEADER}); the request is {@code GET
 * $IDENTITY_ENDPOINT?resource=...&api-version=2019-08-01&client_id=<the user-assigned identity, which is the bot's
 * app id>} with {@code X-IDENTITY-HEADER}, and the answer gives {@code expires_on} in epoch seconds.
 */
final class ManagedIdentityTokens extends TokenEndpoint {

    static final String API_VERSION = "2019-08-01";

    private final URI tokenUri;
    private final String identityHeader;

    ManagedIdentityTokens(HttpClient http, URI identityEndpoint, String identityHeader, String clientId,
            String resource) {
        super(http);
        this.identityHeader = identityHeader;
        String endpoint = identityEndpoint.toString();
        this.tokenUri = URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + "resource=" + encode(resource)
                + "&api-version=" + API_VERSION + "&client_id=" + encode(clientId));
    }

    @Override
    HttpRequest request() {
        return HttpRequest.newBuilder(tokenUri).timeout(TIMEOUT)
                .header("X-IDENTITY-HEADER", identityHeader)
                .header("Accept", "application/json")
                .GET().build();
    }

    @Override
    Instant expiry(JsonNode answer, Instant now) {
        long epochSeconds = answer.path("expires_on").asLong(0);
        return epochSeconds > 0 ? Instant.ofEpochSecond(epochSeconds) : null;
    }

    @Override
    String describe() {
        return "the managed-identity endpoint (" + tokenUri.getHost() + ":" + tokenUri.getPort() + ")";
    }
}
