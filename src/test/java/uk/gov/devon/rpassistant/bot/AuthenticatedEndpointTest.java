package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every way a request's authentication can fail, over real HTTP, against signing keys served by a local stand-in
 * for the Bot Framework's OpenID metadata (the Bot Framework authentication spec's checks, one case each). A
 * refused request gets 401 (403 when the signing key is not endorsed for the channel) and runs no turn: the turn
 * counter does not move and the connector stand-in hears nothing. An accepted one runs its turn, and the reply
 * reaches the connector with a token that this single-tenant bot got from its own tenant (a local stand-in too).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MicrosoftAppId=" + AuthenticatedEndpointTest.APP_ID, "MicrosoftAppType=SingleTenant",
        "MicrosoftAppTenantId=" + AuthenticatedEndpointTest.TENANT,
        "MicrosoftAppPassword=" + AuthenticatedEndpointTest.TEST_ONLY_SECRET})
@Import(TurnCounter.Registration.class)
class AuthenticatedEndpointTest {

    static final String APP_ID = "00000000-0000-0000-0000-000000000001";
    static final String TENANT = "11111111-2222-3333-4444-555555555555";
    /** Not a secret: the token stand-in accepts anything. */
    static final String TEST_ONLY_SECRET = "test-only-client-secret";
    static final String OTHER_BOT = "00000000-0000-0000-0000-000000000002";
    /** Azure AD's issuer for the botframework.com tenant: the SDK sends such tokens down its Emulator path. */
    static final String BOT_FRAMEWORK_TENANT_ISSUER = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    static final OpenIdStub openId = new OpenIdStub();
    static final TokenServiceStub entra = new TokenServiceStub();
    static final ConnectorStub connector = new ConnectorStub();

    @DynamicPropertySource
    static void localStandIns(DynamicPropertyRegistry registry) {
        registry.add("BotOpenIdMetadata", openId::metadataUrl);
        registry.add("AZURE_AUTHORITY_HOST", entra::authorityHost);
    }

    /** One way to authenticate a request (or fail to): the status and reason it gets, named for the test report. */
    record Case(String name, int status, String reason, Function<OpenIdStub, String> authorization) {
        @Override
        public String toString() {
            return name + " -> " + status;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TurnCounter turnCounter;

    final HttpClient http = HttpClient.newHttpClient();
    final TeamsActivities activities = new TeamsActivities(connector.serviceUrl());

    /**
     * Tokens that live 4 minutes are inside the 5 minutes before expiry when the bot replaces them, so every call
     * to the connector asks for a new one and each test sees its own (the adapter's token cache outlives a test;
     * AuthenticatingAdapterTest tests the cache).
     */
    @BeforeEach
    void clearStandIns() {
        connector.clear();
        entra.clear();
        entra.issueTokensLasting(4 * 60);
    }

    static Stream<Case> refused() {
        return Stream.of(
                new Case("no Authorization header", 401, "no Authorization header",
                        keys -> null),
                new Case("a scheme other than Bearer", 401, "must use the Bearer scheme",
                        keys -> "Basic " + keys.signed(valid())),
                new Case("a token that is not a JWT", 401, "not a JWT",
                        keys -> "Bearer not-a-jwt"),
                new Case("a Bearer scheme with no token", 401, "has no token",
                        keys -> "Bearer "),
                new Case("the wrong issuer", 401, "not issued by the Bot Framework",
                        keys -> bearer(keys.signed(valid().withIssuer("https://login.example.com")))),
                new Case("an Azure AD issuer (the SDK's Emulator path)", 401, "not issued by the Bot Framework",
                        keys -> bearer(keys.signed(valid().withIssuer(BOT_FRAMEWORK_TENANT_ISSUER)))),
                new Case("the wrong audience", 401, "not for this bot",
                        keys -> bearer(keys.signed(OpenIdStub.claims(OTHER_BOT, connector.serviceUrl())))),
                new Case("expired 6 minutes ago, beyond the 5-minute skew", 401, "has expired",
                        keys -> bearer(keys.signed(validBetween(-70, -6)))),
                new Case("not valid until 6 minutes from now, beyond the skew", 401, "not valid yet",
                        keys -> bearer(keys.signed(validBetween(6, 60)))),
                new Case("no expiry at all", 401, "has no expiry",
                        keys -> bearer(keys.signed(valid().withExpiresAt((Date) null)))),
                new Case("alg: none", 401, "RS256",
                        keys -> bearer(valid().withKeyId(OpenIdStub.KEY_ID).sign(Algorithm.none()))),
                new Case("HS256 signed with the public key as the secret", 401, "RS256",
                        keys -> bearer(valid().withKeyId(OpenIdStub.KEY_ID)
                                .sign(Algorithm.HMAC256(keys.publicKey().getEncoded())))),
                new Case("no kid", 401, "(kid)",
                        keys -> bearer(keys.signedWithoutKeyId(valid()))),
                new Case("an unknown kid", 401, "not one the Bot Framework publishes",
                        keys -> bearer(keys.signedClaimingKey("no-such-key", valid()))),
                new Case("a tampered signature", 401, "signature does not verify",
                        keys -> bearer(tampered(keys.signed(valid())))),
                new Case("a key nobody published, under a published kid", 401, "signature does not verify",
                        keys -> bearer(keys.forgedToken(APP_ID, connector.serviceUrl()))),
                new Case("a serviceurl claim for another serviceUrl", 401, "serviceurl claim does not match",
                        keys -> bearer(keys.signed(OpenIdStub.claims(APP_ID, "https://smba.trafficmanager.net/emea/")))),
                new Case("no serviceurl claim", 401, "serviceurl claim does not match",
                        keys -> bearer(keys.signed(OpenIdStub.claims(APP_ID, null)))),
                new Case("a signing key endorsed for another channel only", 403, "not endorsed for this channel",
                        keys -> bearer(keys.signedWith(OpenIdStub.SKYPE_KEY_ID, valid()))),
                new Case("a signing key with no endorsements", 403, "not endorsed for this channel",
                        keys -> bearer(keys.signedWith(OpenIdStub.UNENDORSED_KEY_ID, valid()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRequestThatFailsAuthenticationIsRefusedWithoutRunningATurn(Case refused) throws Exception {
        int turnsBefore = turnCounter.turns();

        HttpResponse<String> response = post(activities.personalMessage("help"), refused.authorization().apply(openId));

        assertThat(response.statusCode()).as(refused.name()).isEqualTo(refused.status());
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.size()).as(refused.name()).isEqualTo(1);
        assertThat(body.path("error").asText()).as(refused.name()).contains(refused.reason())
                .doesNotContain("Exception", "com.", "eyJ");
        assertThat(turnCounter.turns()).as("turns run after " + refused.name()).isEqualTo(turnsBefore);
        assertThat(connector.received()).as("replies after " + refused.name()).isEmpty();
        assertThat(entra.requests()).as("token requests after " + refused.name()).isEmpty();
    }

    static Stream<Case> accepted() {
        return Stream.of(
                new Case("a valid token", 202, "",
                        keys -> bearer(keys.signed(valid()))),
                new Case("expired 2 minutes ago, within the 5-minute skew", 202, "",
                        keys -> bearer(keys.signed(validBetween(-60, -2)))),
                new Case("not valid until 2 minutes from now, within the skew", 202, "",
                        keys -> bearer(keys.signed(validBetween(2, 60)))),
                new Case("a Bearer scheme in lower case", 202, "",
                        keys -> "bearer " + keys.signed(valid())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void anAuthenticatedRequestRunsItsTurnAndTheReplyCarriesATokenFromTheBotsTenant(Case accepted) throws Exception {
        int turnsBefore = turnCounter.turns();

        HttpResponse<String> response = post(activities.personalMessage("help"), accepted.authorization().apply(openId));

        assertThat(response.statusCode()).as(accepted.name()).isEqualTo(accepted.status());
        assertThat(turnCounter.turns()).as("turns run after " + accepted.name()).isEqualTo(turnsBefore + 1);
        assertThat(connector.messages()).isNotEmpty();
        assertThat(connector.received()).extracting(ConnectorStub.Received::authorization)
                .isEqualTo(entra.issued().stream().map(token -> "Bearer " + token).toList());
    }

    @Test
    void theReplyTokenIsRequestedFromTheBotsOwnTenantWithTheClientCredentialsGrant() throws Exception {
        post(activities.personalMessage("help"), bearer(openId.signed(valid())));

        assertThat(entra.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/" + TENANT + "/oauth2/v2.0/token");
            assertThat(request.parameters()).containsEntry("grant_type", "client_credentials")
                    .containsEntry("client_id", APP_ID).containsEntry("client_secret", TEST_ONLY_SECRET)
                    .containsEntry("scope", "https://api.botframework.com/.default");
        });
    }

    @Test
    void aValidChannelTokenAnswersAnInvokeInline() throws Exception {
        HttpResponse<String> response = post(search(), bearer(openId.signed(valid())));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(response.body()).path("composeExtension").path("type").asText())
                .isEqualTo("result");
    }

    /** The claims of a good token for this bot and the connector stand-in. */
    static JWTCreator.Builder valid() {
        return OpenIdStub.claims(APP_ID, connector.serviceUrl());
    }

    /** A good token valid from {@code from} to {@code to} minutes from now. */
    static JWTCreator.Builder validBetween(int from, int to) {
        Instant now = Instant.now();
        return valid().withIssuedAt(Date.from(now.plus(Duration.ofMinutes(Math.min(from, 0)))))
                .withNotBefore(Date.from(now.plus(Duration.ofMinutes(from))))
                .withExpiresAt(Date.from(now.plus(Duration.ofMinutes(to))));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The token with one byte of its signature changed. */
    static String tampered(String token) {
        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[signature.length / 2] ^= 0x01;
        return token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    ObjectNode search() {
        ObjectNode value = TeamsActivities.object().put("commandId", ResourceSearch.COMMAND);
        value.putArray("parameters").addObject().put("name", "query").put("value", "circles");
        return activities.invoke("composeExtension/query", value);
    }

    HttpResponse<String> post(ObjectNode activity, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
