package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reply tokens from Microsoft Entra ID with the bot's client secret: the OAuth 2.0 client-credentials grant at
 * {@code {authority host}/{tenant}/oauth2/v2.0/token}, for the Bot Connector's scope. The tenant is the bot's own
 * for a single-tenant bot and botframework.com for a multi-tenant one.
 */
final class EntraTokens extends TokenEndpoint {

    private final URI tokenUri;
    private final String tenant;
    private final String form;

    EntraTokens(HttpClient http, URI authorityHost, String tenant, String appId, String clientSecret, String scope) {
        super(http);
        this.tenant = tenant;
        String host = authorityHost.toString().replaceAll("/+$", "");
        this.tokenUri = URI.create(host + "/" + tenant + "/oauth2/v2.0/token");
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "client_credentials");
        parameters.put("client_id", appId);
        parameters.put("client_secret", clientSecret);
        parameters.put("scope", scope);
        this.form = parameters.entrySet().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue())).collect(Collectors.joining("&"));
    }

    @Override
    HttpRequest request() {
        return HttpRequest.newBuilder(tokenUri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    @Override
    Instant expiry(JsonNode answer, Instant now) {
        long seconds = answer.path("expires_in").asLong(0);
        return seconds > 0 ? now.plusSeconds(seconds) : null;
    }

    @Override
    String describe() {
        return "Microsoft Entra ID (tenant " + tenant + " at " + tokenUri.getHost() + ")";
    }
}
