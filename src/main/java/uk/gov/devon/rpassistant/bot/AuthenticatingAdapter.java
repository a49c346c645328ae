package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's adapter with our protocol edge on both sides. Incoming: with an app id set, every request is checked
 * against the whole Bot Framework authentication spec ({@link ChannelAuthentication}) before the SDK's own checks
 * run, and a refused request runs no turn. Outgoing: replies get their tokens by {@code MicrosoftAppType}
 * ({@link OutboundCredentials}): from the bot's own tenant, or from the platform's managed identity, neither of
 * which SDK 4.14.3 knows. Without an app id (local use and tests) both sides are the SDK's anonymous mode.
 */
final class AuthenticatingAdapter extends BotFrameworkHttpAdapter {

    private static final Logger log = LoggerFactory.getLogger(AuthenticatingAdapter.class);

    private final ChannelAuthentication authentication;
    private final OutboundCredentials outbound;

    AuthenticatingAdapter(EnvironmentConfiguration settings) {
        super(settings);
        if (settings.hasAppId()) {
            String metadata = settings.getProperty(EnvironmentConfiguration.OPEN_ID_METADATA);
            this.authentication = new ChannelAuthentication(settings.getProperty(EnvironmentConfiguration.APP_ID),
                    metadata == null || metadata.isBlank()
                            ? AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL : metadata);
            this.outbound = OutboundCredentials.from(settings);
            log.info("Bot authentication on: {} bot", outbound.type().setting());
        } else {
            this.authentication = null;
            this.outbound = null;
        }
    }

    @Override
    public CompletableFuture<InvokeResponse> processActivity(String authHeader, Activity activity,
            BotCallbackHandler callback) {
        if (authentication != null && activity != null) {
            try {
                authentication.check(authHeader, activity);
            } catch (AuthenticationFailure refused) {
                log.info("Refused a request ({}): {}", refused.status(), refused.reason());
                return CompletableFuture.failedFuture(refused);
            }
        }
        return super.processActivity(authHeader, activity, callback);
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
        if (outbound == null || appId == null || appId.isBlank()) {
            return super.buildAppCredentials(appId, oAuthScope);
        }
        return CompletableFuture.completedFuture(outbound.forApp(appId, oAuthScope));
    }
}
