package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an app id configured, the SDK authenticates every request with its real token validation, against
 * signing keys served by a local stand-in for the Bot Framework's OpenID metadata.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MicrosoftAppId=" + AuthenticatedEndpointTest.APP_ID, "MicrosoftAppPassword=not-used"})
class AuthenticatedEndpointTest {

    static final String APP_ID = "00000000-0000-0000-0000-000000000001";
    static final String SERVICE_URL = "http://127.0.0.1:9/";
    static final OpenIdStub openId = new OpenIdStub();

    @DynamicPropertySource
    static void openIdMetadata(DynamicPropertyRegistry registry) {
        registry.add("BotOpenIdMetadata", openId::metadataUrl);
    }

    @AfterAll
    static void stopOpenId() {
        openId.close();
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final TeamsActivities activities = new TeamsActivities(SERVICE_URL);

    @Test
    void aValidChannelTokenIsAcceptedAndTheTurnRuns() throws Exception {
        HttpResponse<String> response = post(search(), "Bearer " + openId.token(APP_ID, SERVICE_URL));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(response.body()).path("composeExtension").path("type").asText())
                .isEqualTo("result");
    }

    @Test
    void aTokenSignedWithAnUnpublishedKeyGets401() throws Exception {
        assertThat(post(search(), "Bearer " + openId.forgedToken(APP_ID, SERVICE_URL)).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherBotGets401() throws Exception {
        String otherBot = "00000000-0000-0000-0000-000000000002";
        assertThat(post(search(), "Bearer " + openId.token(otherBot, SERVICE_URL)).statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestWithoutAnAuthorizationHeaderGets401() throws Exception {
        HttpResponse<String> response = post(activities.personalMessage("hello"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("not authenticated");
    }

    @Test
    void aMalformedTokenGets401NotAServerError() throws Exception {
        assertThat(post(activities.personalMessage("hello"), "Bearer not-a-jwt").statusCode()).isEqualTo(401);
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
