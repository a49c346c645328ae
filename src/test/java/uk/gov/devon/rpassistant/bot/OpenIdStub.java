package uk.gov.devon.rpassistant.bot;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

/**
 * Plays the Bot Framework's OpenID metadata and signing keys on a local port, so that the SDK's real token
 * validation can run offline: the only part of Azure's token service that the tests stand in for.
 */
final class OpenIdStub implements AutoCloseable {

    static final String ISSUER = "https://api.botframework.com";
    static final String KEY_ID = "test-signing-key";

    private final HttpServer server;
    private final KeyPair published = rsa();

    OpenIdStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/openid", exchange -> respond(exchange,
                "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + base() + "/keys\"}"));
        server.createContext("/keys", exchange -> respond(exchange, jwks()));
        server.start();
    }

    String metadataUrl() {
        return base() + "/openid";
    }

    /** A channel token as the Bot Connector would send it, signed with the published key. */
    String token(String audience, String serviceUrl) {
        return token(audience, serviceUrl, published);
    }

    /** The same token signed with a key nobody published. */
    String forgedToken(String audience, String serviceUrl) {
        return token(audience, serviceUrl, rsa());
    }

    private static String token(String audience, String serviceUrl, KeyPair keys) {
        return JWT.create().withIssuer(ISSUER).withAudience(audience).withKeyId(KEY_ID)
                .withClaim("serviceurl", serviceUrl)
                .withIssuedAt(java.util.Date.from(Instant.now().minusSeconds(60)))
                .withExpiresAt(java.util.Date.from(Instant.now().plusSeconds(600)))
                .sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) published.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
                + base64(key.getModulus()) + "\",\"e\":\"" + base64(key.getPublicExponent())
                + "\",\"endorsements\":[\"msteams\"]}]}";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] unsigned = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
