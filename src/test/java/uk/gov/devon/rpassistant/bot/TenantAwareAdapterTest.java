package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.connector.authentication.AppCredentials;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Replies of a single-tenant bot get their tokens from the bot's own tenant, as new Azure Bots require. */
class TenantAwareAdapterTest {

    static final String APP_ID = "00000000-0000-0000-0000-000000000001";
    static final String TENANT = "11111111-2222-3333-4444-555555555555";

    @Test
    void withATenantIdTheReplyCredentialsAreIssuedByThatTenant() throws Exception {
        AppCredentials credentials = credentials(Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppPassword",
                "secret-value", "MicrosoftAppTenantId", TENANT));

        assertThat(credentials.getAppId()).isEqualTo(APP_ID);
        assertThat(credentials.getChannelAuthTenant()).isEqualTo(TENANT);
    }

    @Test
    void withoutATenantIdTheSdksDefaultIsUsed() throws Exception {
        AppCredentials credentials = credentials(Map.of("MicrosoftAppId", APP_ID, "MicrosoftAppPassword",
                "secret-value"));

        assertThat(credentials.getChannelAuthTenant()).isNotEqualTo(TENANT);
    }

    /** The credentials the adapter builds before it sends a reply. */
    static AppCredentials credentials(Map<String, String> settings) throws Exception {
        MockEnvironment environment = new MockEnvironment();
        settings.forEach(environment::setProperty);
        return new TenantAwareAdapter(new EnvironmentConfiguration(environment)).buildAppCredentials(APP_ID, null).get();
    }
}
