package uk.gov.devon.rpassistant.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.devon.rpassistant.admin.PracticeLeadFixtures.ANSWER;
import static uk.gov.devon.rpassistant.admin.PracticeLeadFixtures.ANSWERED;
import static uk.gov.devon.rpassistant.admin.PracticeLeadFixtures.ANSWERED_BY;
import static uk.gov.devon.rpassistant.admin.PracticeLeadFixtures.CLAIMED_BY;
import static uk.gov.devon.rpassistant.admin.PracticeLeadFixtures.OPEN;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.gov.devon.rpassistant.experts.ExpertQuestions;

/**
 * The insights page is never open by default; who gets in depends on what sign-in is configured. Signed in, it lists
 * the questions sent to practice leads, with drafts for the knowledge base from their answers.
 */
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
            assertThat(get(port, "/admin/practice-leads.csv").statusCode()).isEqualTo(403);
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

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "admin.local.username=owner", "admin.local.password=correct-horse-battery",
            "spring.datasource.url=jdbc:h2:mem:admin-practice-leads;DB_CLOSE_DELAY=-1"})
    class WithQuestionsForPracticeLeads {

        @LocalServerPort
        int port;

        @Autowired
        ExpertQuestions questions;

        @Autowired
        JdbcTemplate jdbc;

        private final HttpClient signedIn = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        @BeforeEach
        void addQuestionsAndSignIn() throws Exception {
            PracticeLeadFixtures.addOneInEachStatus(questions, jdbc);
            String login = signedIn.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).as("the sign-in form has a CSRF token").isTrue();
            HttpResponse<String> response = signedIn.send(request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=owner&password=correct-horse-battery&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/admin"));
        }

        @Test
        void eachQuestionShowsItsStatusAgeAndWhoTookItNewestFirst() throws Exception {
            String page = page();

            List<String> rows = rows(page);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).contains("40 minutes ago").contains(">Claimed<").contains(CLAIMED_BY)
                    .contains("Restorative practice").contains("what is fair process for a parent")
                    .doesNotContain("answered in");
            assertThat(rows.get(1)).contains("3 hours ago").contains(">Open<").contains("nobody yet")
                    .contains("Restorative tools");
            assertThat(rows.get(2)).contains("2 days ago").contains("answered in 5 hours").contains(">Answered<")
                    .contains(ANSWERED_BY).contains("Family meetings").contains(ANSWERED)
                    .contains("The FGC+ team can run one on Teams");
            assertThat(page).contains("<strong>1</strong> open").contains("<strong>1</strong> claimed")
                    .contains("<strong>1</strong> answered");
        }

        @Test
        void onlyTheAnsweredQuestionHasDraftsAndTheyAreReadyToPaste() throws Exception {
            String page = page();

            assertThat(page.split("<tr class=\"drafts\">", -1)).hasSize(2);
            String drafts = page.substring(page.indexOf("<tr class=\"drafts\">"));
            assertThat(drafts).contains("<strong>family-group-conferences.md</strong> (<span>Family group conferences")
                    .contains("  - &quot;" + ANSWERED + "&quot;</textarea>")
                    .contains("<strong>can-a-family-group-conference-happen.md</strong>")
                    .contains("---\nid: can-a-family-group-conference-happen\n")
                    .contains("topic: Family meetings\n")
                    .contains("questions:\n  - &quot;" + ANSWERED + "&quot;\n")
                    .contains("related: [family-group-conferences]\n")
                    .contains("sources:\n  - TODO ")
                    .contains("---\n" + ANSWER + "\n\nAnswer from " + ANSWERED_BY + ", practice lead, ");
        }

        @Test
        void storedTextIsShownAsTextNeverAsMarkup() throws Exception {
            String page = page();

            assertThat(page).contains("can I run a circle on Teams &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .doesNotContain("<script>alert");
        }

        @Test
        void theListDownloadsAsCsvWithFormulasNeutralised() throws Exception {
            HttpResponse<String> response = signedIn.send(request("/admin/practice-leads.csv").GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
                    "attachment; filename=\"rp-assistant-practice-leads.csv\"");
            List<String> lines = response.body().lines().toList();
            assertThat(lines.get(0)).isEqualTo("\"asked_at\",\"age\",\"status\",\"topic\",\"taken_by\",\"took\","
                    + "\"question\",\"note\",\"answer\",\"helpful\",\"nearest_document\",\"questions_line\"");
            String csv = response.body();
            assertThat(csv.indexOf("\"claimed\"")).isLessThan(csv.indexOf("\"open\""));
            assertThat(csv.indexOf("\"open\"")).isLessThan(csv.indexOf("\"answered\""));
            assertThat(csv).contains("\"40 minutes\",\"claimed\",\"Restorative practice\",\"" + CLAIMED_BY + "\",\"\","
                            + "\"'=HYPERLINK(\"\"https://example.org\"\") what is fair process for a parent\"")
                    .contains("\"3 hours\",\"open\"").contains(OPEN)
                    .contains("\"2 days\",\"answered\",\"Family meetings\",\"" + ANSWERED_BY + "\",\"5 hours\"")
                    .contains("\"family-group-conferences.md\",\"  - \"\"" + ANSWERED + "\"\"\"");
        }

        private String page() throws Exception {
            HttpResponse<String> response = signedIn.send(request("/admin").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        }

        private static List<String> rows(String page) {
            return Stream.of(page.split("<tr class=\"lead-question\">")).skip(1)
                    .map(row -> row.substring(0, row.indexOf("</tr>"))).toList();
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
