package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With an app id configured, the SDK authenticates every request: none gets through without a valid token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MicrosoftAppId=00000000-0000-0000-0000-000000000001", "MicrosoftAppPassword=not-used"})
class AuthenticatedEndpointTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final String activity = new TeamsActivities("http://127.0.0.1:9/").personalMessage("hello").toString();

    @Test
    void aRequestWithoutAnAuthorizationHeaderGets401() throws Exception {
        HttpResponse<String> response = post(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("not authenticated");
    }

    @Test
    void aMalformedTokenGets401NotAServerError() throws Exception {
        assertThat(post("Bearer not-a-jwt").statusCode()).isEqualTo(401);
    }

    HttpResponse<String> post(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
