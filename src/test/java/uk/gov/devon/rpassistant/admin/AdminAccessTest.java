package uk.gov.devon.rpassistant.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The insights page is never open by default; who gets in depends on what sign-in is configured. */
class AdminAccessTest {

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"admin.local.username=", "admin.entra.tenant-id="})
    class WithNoSignInConfigured {

        @LocalServerPort
        int port;

        @Test
        void theInsightsPageAndItsDownloadsAreRefusedToEveryone() throws Exception {
            assertThat(get(port, "/admin").statusCode()).isEqualTo(403);
            assertThat(get(port, "/admin/unanswered.csv").statusCode()).isEqualTo(403);
            assertThat(get(port, "/login").statusCode()).isEqualTo(403);
        }

        @Test
        void theBotsEndpointIsNotAffected() throws Exception {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/messages")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(400);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "admin.entra.tenant-id=tenant-1", "admin.entra.client-id=client-1", "admin.entra.client-secret=s3cret",
            "admin.entra.group-id=group-1", "admin.entra.authority=http://127.0.0.1:9"})
    class WithEntraConfigured {

        @LocalServerPort
        int port;

        @Test
        void anonymousPeopleAreSentToEntraSignInForTheConfiguredApp() throws Exception {
            HttpResponse<String> page = get(port, "/admin");
            assertThat(page.statusCode()).isEqualTo(302);
            String next = page.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> authorization = get(port, URI.create(next).getPath());

            String location = authorization.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith("http://127.0.0.1:9/tenant-1/oauth2/v2.0/authorize?")
                    .contains("client_id=client-1").contains("scope=openid%20profile")
                    .doesNotContain("s3cret");
        }
    }

    @Test
    void onlyMembersOfTheConfiguredGroupBecomeContentOwners() {
        AdminProperties.Entra entra = new AdminProperties.Entra("tenant-1", "client-1", "secret", "group-1", null);
        ClientRegistration registration = AdminSecurity.registration(entra);

        OidcUser member = AdminSecurity.groupMembers("group-1").loadUser(request(registration, List.of("other", "group-1")));
        OidcUser outsider = AdminSecurity.groupMembers("group-1").loadUser(request(registration, List.of("other")));
        OidcUser noGroups = AdminSecurity.groupMembers("group-1").loadUser(request(registration, null));

        assertThat(member.getAuthorities()).extracting(Object::toString).contains("ROLE_" + AdminSecurity.ROLE);
        assertThat(outsider.getAuthorities()).extracting(Object::toString).doesNotContain("ROLE_" + AdminSecurity.ROLE);
        assertThat(noGroups.getAuthorities()).extracting(Object::toString).doesNotContain("ROLE_" + AdminSecurity.ROLE);
        assertThat(registration.getProviderDetails().getAuthorizationUri())
                .isEqualTo("https://login.microsoftonline.com/tenant-1/oauth2/v2.0/authorize");
    }

    private static OidcUserRequest request(ClientRegistration registration, List<String> groups) {
        Instant now = Instant.now();
        Map<String, Object> claims = groups == null ? Map.of("sub", "person-1")
                : Map.of("sub", "person-1", "groups", groups);
        return new OidcUserRequest(registration, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access",
                now, now.plusSeconds(300), Set.of("openid")), new OidcIdToken("id-token", now, now.plusSeconds(300),
                claims));
    }
}
