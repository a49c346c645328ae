package uk.gov.devon.rpassistant.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plays the two places a bot gets its reply tokens from, on a local port: Microsoft Entra ID's token endpoint
 * ({@code POST /{tenant}/oauth2/v2.0/token}, client-credentials grant) and the managed-identity endpoint that App
 * Service and Container Apps give in {@code IDENTITY_ENDPOINT} ({@code GET /msi/token}). It records every request
 * and issues a fresh token each time, so a test can say which token a reply carried and where it came from.
 */
final class TokenServiceStub implements AutoCloseable {

    /** A request as it arrived: method, path, query or form parameters, and the identity header. */
    record Request(String method, String path, Map<String, String> parameters, String identityHeader) {
    }

    private final HttpServer server;
    private final String identityHeader;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private volatile long lifetimeSeconds = 3600;

    TokenServiceStub() {
        this.identityHeader = "identity-header-" + UUID.randomUUID();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/msi/token", this::managedIdentity);
        server.createContext("/", this::entra);
        server.start();
    }

    /** What to set as {@code AZURE_AUTHORITY_HOST}. */
    String authorityHost() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What App Service would set as {@code IDENTITY_ENDPOINT}. */
    String identityEndpoint() {
        return authorityHost() + "/msi/token";
    }

    /** What App Service would set as {@code IDENTITY_HEADER}: the only value the endpoint accepts. */
    String identityHeader() {
        return identityHeader;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The tokens issued so far, oldest first. */
    List<String> issued() {
        return List.copyOf(issued);
    }

    /** How long the tokens issued from now on live. */
    void issueTokensLasting(long seconds) {
        lifetimeSeconds = seconds;
    }

    /** Forgets the requests and tokens so far (the tokens' lifetime stays as set). */
    void clear() {
        requests.clear();
        issued.clear();
    }

    private void entra(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, parameters(form), null));
        if (!"POST".equals(exchange.getRequestMethod()) || !path.endsWith("/oauth2/v2.0/token")) {
            respond(exchange, 404, "{\"error\":\"invalid_request\"}");
            return;
        }
        String token = issue("entra");
        respond(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":" + lifetimeSeconds
                + ",\"ext_expires_in\":" + lifetimeSeconds + ",\"access_token\":\"" + token + "\"}");
    }

    private void managedIdentity(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String header = exchange.getRequestHeaders().getFirst("X-IDENTITY-HEADER");
        Map<String, String> parameters = parameters(query == null ? "" : query);
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), parameters, header));
        if (!identityHeader.equals(header)) {
            respond(exchange, 401, "{\"statusCode\":401,\"message\":\"Unauthorized\"}");
            return;
        }
        String token = issue("msi");
        long expiresOn = Instant.now().getEpochSecond() + lifetimeSeconds;
        respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_on\":\"" + expiresOn
                + "\",\"resource\":\"" + parameters.get("resource") + "\",\"token_type\":\"Bearer\",\"client_id\":\""
                + parameters.get("client_id") + "\"}");
    }

    private String issue(String kind) {
        String token = kind + "-token-" + UUID.randomUUID();
        issued.add(token);
        return token;
    }

    private static Map<String, String> parameters(String encoded) {
        if (encoded.isEmpty()) {
            return Map.of();
        }
        Function<String, String> decode = s -> URLDecoder.decode(s, StandardCharsets.UTF_8);
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode.apply(pair[0]),
                        pair -> pair.length > 1 ? decode.apply(pair[1]) : "", (a, b) -> b, LinkedHashMap::new));
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
