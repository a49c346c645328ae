package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's adapter, with outbound credentials issued by our own tenant when {@code MicrosoftAppTenantId} is
 * set: new Azure Bot resources are single-tenant, and SDK 4.14.3 does not know that setting itself.
 */
final class TenantAwareAdapter extends BotFrameworkHttpAdapter {

    private final EnvironmentConfiguration configuration;

    TenantAwareAdapter(EnvironmentConfiguration configuration) {
        super(configuration);
        this.configuration = configuration;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
        String tenant = configuration.getProperty(EnvironmentConfiguration.TENANT_ID);
        if (tenant == null || tenant.isBlank() || appId == null || appId.isBlank()) {
            return super.buildAppCredentials(appId, oAuthScope);
        }
        String clientSecret = configuration.getProperty(EnvironmentConfiguration.APP_PASSWORD);
        return CompletableFuture.completedFuture(new MicrosoftAppCredentials(appId, clientSecret, tenant, oAuthScope));
    }
}
