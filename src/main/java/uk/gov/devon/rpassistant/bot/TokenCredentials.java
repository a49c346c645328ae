package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's credentials for replies, with tokens from one of our {@link TokenEndpoint}s instead of the SDK's own
 * msal4j client (which cannot ask a managed identity, and whose authority must be https and known to Microsoft).
 * The SDK puts {@link #getToken()} in the Authorization header of every call to the Bot Connector; the token is
 * kept until five minutes before it expires.
 */
final class TokenCredentials extends AppCredentials {

    private static final Logger log = LoggerFactory.getLogger(TokenCredentials.class);

    private final TokenEndpoint endpoint;
    private AccessToken current;

    TokenCredentials(String appId, String tenant, String oAuthScope, TokenEndpoint endpoint) {
        super(tenant, oAuthScope);
        setAppId(appId);
        this.endpoint = endpoint;
    }

    @Override
    public CompletableFuture<String> getToken() {
        try {
            return CompletableFuture.completedFuture(token().value());
        } catch (IllegalStateException e) {
            log.error("No token for a reply: {}", e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Where the tokens come from, for logs: never a secret. */
    String source() {
        return endpoint.describe();
    }

    private synchronized AccessToken token() {
        if (current == null || !current.usableAt(Instant.now())) {
            current = endpoint.fetch();
        }
        return current;
    }

    /** Never used: {@link #getToken()} is the SDK's only way to the authenticator, and it does not take it. */
    @Override
    protected Authenticator buildAuthenticator() {
        throw new UnsupportedOperationException("Tokens come from " + endpoint.describe());
    }
}
