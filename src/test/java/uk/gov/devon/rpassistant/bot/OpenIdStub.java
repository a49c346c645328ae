package uk.gov.devon.rpassistant.bot;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plays the Bot Framework's OpenID metadata and signing keys on a local port, so that token validation can run
 * offline: the only part of Azure's token service that the tests stand in for. It publishes three keys, as the
 * real metadata does: one endorsed for Teams ({@link #KEY_ID}), one endorsed for another channel only
 * ({@link #SKYPE_KEY_ID}) and one with no endorsements at all ({@link #UNENDORSED_KEY_ID}).
 */
final class OpenIdStub implements AutoCloseable {

    static final String ISSUER = "https://api.botframework.com";
    static final String KEY_ID = "test-signing-key";
    static final String SKYPE_KEY_ID = "skype-signing-key";
    static final String UNENDORSED_KEY_ID = "unendorsed-signing-key";

    private record SigningKey(KeyPair keys, List<String> endorsements) {
    }

    private final HttpServer server;
    private final Map<String, SigningKey> published = new LinkedHashMap<>();

    OpenIdStub() {
        published.put(KEY_ID, new SigningKey(rsa(), List.of("msteams")));
        published.put(SKYPE_KEY_ID, new SigningKey(rsa(), List.of("skype")));
        published.put(UNENDORSED_KEY_ID, new SigningKey(rsa(), null));
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

    /** A channel token as the Bot Connector would send it, signed with the published Teams key. */
    String token(String audience, String serviceUrl) {
        return signed(claims(audience, serviceUrl));
    }

    /** The same token signed with a key nobody published (under the published key's id). */
    String forgedToken(String audience, String serviceUrl) {
        return claims(audience, serviceUrl).withKeyId(KEY_ID).sign(rs256(rsa()));
    }

    /** The claims of a channel token, valid from a minute ago for ten minutes; sign it with one of the methods. */
    static JWTCreator.Builder claims(String audience, String serviceUrl) {
        Instant now = Instant.now();
        return JWT.create().withIssuer(ISSUER).withAudience(audience).withClaim("serviceurl", serviceUrl)
                .withIssuedAt(Date.from(now.minus(Duration.ofMinutes(1))))
                .withNotBefore(Date.from(now.minus(Duration.ofMinutes(1))))
                .withExpiresAt(Date.from(now.plus(Duration.ofMinutes(10))));
    }

    /** Signed with the published Teams key, its id in the header. */
    String signed(JWTCreator.Builder claims) {
        return signedWith(KEY_ID, claims);
    }

    /** Signed with the published key of that id. */
    String signedWith(String keyId, JWTCreator.Builder claims) {
        return claims.withKeyId(keyId).sign(rs256(published.get(keyId).keys()));
    }

    /** Signed with the published Teams key, but naming another key id in the header. */
    String signedClaimingKey(String keyId, JWTCreator.Builder claims) {
        return claims.withKeyId(keyId).sign(rs256(published.get(KEY_ID).keys()));
    }

    /** Signed with the published Teams key but with no key id in the header. */
    String signedWithoutKeyId(JWTCreator.Builder claims) {
        return claims.sign(rs256(published.get(KEY_ID).keys()));
    }

    /** The Teams key's public half, as anyone can read it from the metadata. */
    RSAPublicKey publicKey() {
        return (RSAPublicKey) published.get(KEY_ID).keys().getPublic();
    }

    private static Algorithm rs256(KeyPair keys) {
        return Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate());
    }

    private String jwks() {
        return published.entrySet().stream().map(entry -> jwk(entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    private static String jwk(String keyId, SigningKey signingKey) {
        RSAPublicKey key = (RSAPublicKey) signingKey.keys().getPublic();
        String endorsements = signingKey.endorsements() == null ? ""
                : signingKey.endorsements().stream().map(e -> "\"" + e + "\"")
                        .collect(Collectors.joining(",", ",\"endorsements\":[", "]"));
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + base64(key.getModulus()) + "\",\"e\":\"" + base64(key.getPublicExponent()) + "\"" + endorsements + "}";
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
