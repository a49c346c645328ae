package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server that plays the Bot Connector's serviceUrl: it records every activity the bot sends
 * (replies, typing, card updates) and answers as the connector would.
 */
final class ConnectorStub implements AutoCloseable {

    /** One request the bot made: its method, path, body and the Authorization header it carried (or null). */
    record Received(String method, String path, JsonNode activity, String authorization) {
    }

    private final HttpServer server;
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger failing = new java.util.concurrent.atomic.AtomicInteger();

    ConnectorStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The activities of type "message" sent to the conversation, in order. */
    List<JsonNode> messages() {
        return received.stream().map(Received::activity).filter(a -> "message".equals(a.path("type").asText()))
                .toList();
    }

    void clear() {
        received.clear();
    }

    /** The next {@code count} requests are answered 503, as a connector that is briefly unavailable. */
    void failNext(int count) {
        failing.set(count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (failing.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        JsonNode activity = body.length == 0 ? mapper.createObjectNode() : mapper.readTree(body);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), activity,
                exchange.getRequestHeaders().getFirst("Authorization")));
        // Each message gets its own id, as the connector gives (a card posted now is updated by its id later).
        byte[] response = ("{\"id\":\"activity-" + ids.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, response.length);
        exchange.getResponseBody().write(response);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
