package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.connector.authentication.AppCredentials;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Where the adapter's reply credentials get their tokens, by {@code MicrosoftAppType}, asked of a local stand-in
 * for Microsoft Entra ID and the managed-identity endpoint; and the settings it refuses to start with.
 */
class AuthenticatingAdapterTest {

    static final String APP_ID = "00000000-0000-0000-0000-000000000001";
    static final String TENANT = "11111111-2222-3333-4444-555555555555";
    static final String TEST_ONLY_SECRET = "test-only-client-secret";
    static final TokenServiceStub tokens = new TokenServiceStub();

    @BeforeEach
    void clearTokens() {
        tokens.clear();
    }

    @AfterAll
    static void stopTokens() {
        tokens.close();
    }

    @Test
    void aSingleTenantBotGetsItsReplyTokensFromItsOwnTenant() throws Exception {
        AppCredentials credentials = credentials(secretBased("SingleTenant", TENANT));

        String token = credentials.getToken().get();

        assertThat(credentials.getChannelAuthTenant()).isEqualTo(TENANT);
        assertThat(tokens.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/" + TENANT + "/oauth2/v2.0/token");
            assertThat(request.parameters()).containsEntry("grant_type", "client_credentials")
                    .containsEntry("client_id", APP_ID).containsEntry("client_secret", TEST_ONLY_SECRET)
                    .containsEntry("scope", "https://api.botframework.com/.default");
        });
        assertThat(token).isEqualTo(tokens.issued().get(0));
    }

    @Test
    void aTenantIdWithNoAppTypeMeansSingleTenant() throws Exception {
        credentials(secretBased("", TENANT)).getToken().get();

        assertThat(tokens.requests()).singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/" + TENANT + "/oauth2/v2.0/token"));
    }

    @Test
    void aMultiTenantBotGetsItsReplyTokensFromTheBotFrameworkTenant() throws Exception {
        AppCredentials credentials = credentials(secretBased("MultiTenant", null));

        credentials.getToken().get();

        assertThat(credentials.getChannelAuthTenant()).isEqualTo("botframework.com");
        assertThat(tokens.requests()).singleElement().satisfies(
                request -> assertThat(request.path()).isEqualTo("/botframework.com/oauth2/v2.0/token"));
    }

    @Test
    void aManagedIdentityBotGetsItsReplyTokensFromTheIdentityEndpointWithNoSecret() throws Exception {
        String token = credentials(managedIdentity(tokens.identityHeader())).getToken().get();

        assertThat(tokens.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/msi/token");
            assertThat(request.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "resource", "https://api.botframework.com", "api-version", "2019-08-01", "client_id", APP_ID));
            assertThat(request.identityHeader()).isEqualTo(tokens.identityHeader());
        });
        assertThat(token).isEqualTo(tokens.issued().get(0));
    }

    @Test
    void aTokenIsKeptForItsLifetime() throws Exception {
        AppCredentials credentials = credentials(managedIdentity(tokens.identityHeader()));

        String first = credentials.getToken().get();
        String second = credentials.getToken().get();

        assertThat(second).isEqualTo(first);
        assertThat(tokens.requests()).hasSize(1);
    }

    @Test
    void theSdksOwnAuthenticatorGivesTheSameTokenFromTheSameCache() throws Exception {
        TokenCredentials credentials = (TokenCredentials) credentials(managedIdentity(tokens.identityHeader()));

        String viaGetToken = credentials.getToken().get();
        var viaAuthenticator = credentials.buildAuthenticator().acquireToken().get();

        assertThat(viaAuthenticator.accessToken()).isEqualTo(viaGetToken);
        assertThat(viaAuthenticator.expiresOnDate()).isInTheFuture();
        assertThat(tokens.requests()).hasSize(1);
    }

    @Test
    void aTokenWithinFiveMinutesOfExpiryIsReplaced() throws Exception {
        tokens.issueTokensLasting(4 * 60);
        AppCredentials credentials = credentials(secretBased("SingleTenant", TENANT));

        String first = credentials.getToken().get();
        String second = credentials.getToken().get();

        assertThat(second).isNotEqualTo(first);
        assertThat(tokens.issued()).containsExactly(first, second);
    }

    @Test
    void whenTheIdentityEndpointRefusesThereIsNoTokenAndTheErrorNamesTheEndpointNotTheHeader() throws Exception {
        AppCredentials credentials = credentials(managedIdentity("not-the-platforms-header"));

        assertThatThrownBy(() -> credentials.getToken().get()).isInstanceOf(ExecutionException.class)
                .cause().hasMessageContaining("managed-identity endpoint").hasMessageContaining("HTTP 401")
                .hasMessageNotContaining("not-the-platforms-header");
        assertThat(tokens.issued()).isEmpty();
    }

    @Test
    void settingsThatCannotWorkStopTheApplicationNamingTheSetting() {
        assertThatThrownBy(() -> adapter(Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppType", "SingleTenantish")))
                .hasMessageContaining("MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI");
        assertThatThrownBy(() -> adapter(Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppType", "SingleTenant",
                "MicrosoftAppPassword", TEST_ONLY_SECRET))).hasMessageContaining("needs MicrosoftAppTenantId");
        assertThatThrownBy(() -> adapter(Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppType", "SingleTenant",
                "MicrosoftAppTenantId", TENANT))).hasMessageContaining("needs MicrosoftAppPassword");
        assertThatThrownBy(() -> adapter(Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppType", "UserAssignedMSI")))
                .hasMessageContaining("needs IDENTITY_ENDPOINT");
        assertThatThrownBy(() -> adapter(Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppType", "UserAssignedMSI",
                "IDENTITY_ENDPOINT", tokens.identityEndpoint()))).hasMessageContaining("needs IDENTITY_HEADER");
        assertThatThrownBy(() -> adapter(Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppType", "SingleTenant",
                "MicrosoftAppTenantId", TENANT, "MicrosoftAppPassword", TEST_ONLY_SECRET,
                "AZURE_AUTHORITY_HOST", "http://login.example.com"))).hasMessageContaining("must be an https address");
        assertThatThrownBy(() -> adapter(Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppType", "SingleTenant",
                "MicrosoftAppTenantId", "../other", "MicrosoftAppPassword", TEST_ONLY_SECRET)))
                .hasMessageContaining("must be a tenant id");
    }

    @Test
    void withoutAnAppIdNoSettingIsCheckedAndRepliesAreAnonymous() throws Exception {
        AuthenticatingAdapter adapter = adapter(Map.of("MicrosoftAppType", "UserAssignedMSI"));

        assertThat(adapter.buildAppCredentials(null, null).get().getAppId()).isNull();
    }

    static Map<String, String> secretBased(String appType, String tenant) {
        Map<String, String> settings = new HashMap<>(Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppType", appType,
                "MicrosoftAppPassword", TEST_ONLY_SECRET, "AZURE_AUTHORITY_HOST", tokens.authorityHost()));
        if (tenant != null) {
            settings.put("MicrosoftAppTenantId", tenant);
        }
        return settings;
    }

    static Map<String, String> managedIdentity(String identityHeader) {
        return Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppType", "UserAssignedMSI",
                "IDENTITY_ENDPOINT", tokens.identityEndpoint(), "IDENTITY_HEADER", identityHeader);
    }

    /** The credentials the adapter builds before it sends a reply. */
    static AppCredentials credentials(Map<String, String> settings) throws Exception {
        return adapter(settings).buildAppCredentials(APP_ID, null).get();
    }

    static AuthenticatingAdapter adapter(Map<String, String> settings) {
        MockEnvironment environment = new MockEnvironment();
        settings.forEach(environment::setProperty);
        return new AuthenticatingAdapter(new EnvironmentConfiguration(environment));
    }
}
