package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A bot with {@code MicrosoftAppType=UserAssignedMSI} and no client secret, as App Service or Container Apps would
 * run it: a real turn over HTTP, whose reply reaches the connector stand-in with a token that the managed-identity
 * stand-in (at {@code IDENTITY_ENDPOINT}, on 127.0.0.1) issued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MicrosoftAppId=" + ManagedIdentityRepliesTest.CLIENT_ID, "MicrosoftAppType=UserAssignedMSI"})
class ManagedIdentityRepliesTest {

    /** The user-assigned identity's client id, which is the bot's app id. */
    static final String CLIENT_ID = "00000000-0000-0000-0000-0000000000a1";
    static final OpenIdStub openId = new OpenIdStub();
    static final TokenServiceStub identity = new TokenServiceStub();
    static final ConnectorStub connector = new ConnectorStub();

    @DynamicPropertySource
    static void localStandIns(DynamicPropertyRegistry registry) {
        registry.add("BotOpenIdMetadata", openId::metadataUrl);
        registry.add("IDENTITY_ENDPOINT", identity::identityEndpoint);
        registry.add("IDENTITY_HEADER", identity::identityHeader);
    }

    @LocalServerPort
    int port;

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
        identity.clear();
        identity.issueTokensLasting(4 * 60);
    }

    @Test
    void theReplyCarriesTheTokenTheManagedIdentityIssued() throws Exception {
        HttpResponse<String> response = post(activities.personalMessage("help"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(connector.messages()).isNotEmpty();
        assertThat(connector.received()).extracting(ConnectorStub.Received::authorization)
                .isEqualTo(identity.issued().stream().map(token -> "Bearer " + token).toList());
    }

    @Test
    void theTokenIsAskedOfTheIdentityEndpointForTheBotConnectorAsTheBotsIdentity() throws Exception {
        post(activities.personalMessage("help"));

        assertThat(identity.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/msi/token");
            assertThat(request.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "resource", "https://api.botframework.com", "api-version", "2019-08-01", "client_id", CLIENT_ID));
            assertThat(request.identityHeader()).isEqualTo(identity.identityHeader());
        });
    }

    @Autowired
    ProactiveMessages proactive;

    @Autowired
    uk.gov.devon.rpassistant.privacy.Pseudonyms pseudonyms;

    /** A message the bot starts itself (a practice lead's answer, a reminder) is authenticated the same way. */
    @Test
    void aProactiveMessageCarriesTheTokenTooAndGoesToTheStoredConversation() throws Exception {
        post(activities.personalMessage("help"));
        connector.clear();
        identity.clear();

        var reference = proactive.conversation(pseudonyms.of("a:personal-conversation")).orElseThrow();
        var sent = proactive.send(reference, new Cards("An answer").text("An answer", false).attachment()).join();

        assertThat(sent).isPresent();
        assertThat(connector.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v3/conversations/a:personal-conversation/activities");
            assertThat(request.authorization()).isEqualTo("Bearer " + identity.issued().get(0));
        });
    }

    HttpResponse<String> post(ObjectNode activity) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + openId.token(CLIENT_ID, connector.serviceUrl()))
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
