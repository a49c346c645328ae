package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ITenantProfile;
import java.time.Instant;
import java.util.Date;
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

    /** The same tokens in the SDK's own shape, for any SDK path that asks the authenticator directly. */
    @Override
    protected Authenticator buildAuthenticator() {
        return () -> CompletableFuture.supplyAsync(this::token).thenApply(Issued::new);
    }

    /** A token as msal4j describes one: only the token, its scope and its expiry are known. */
    private final class Issued implements IAuthenticationResult {

        private static final long serialVersionUID = 1L;
        private final AccessToken token;

        Issued(AccessToken token) {
            this.token = token;
        }

        @Override
        public String accessToken() {
            return token.value();
        }

        @Override
        public String idToken() {
            return null;
        }

        @Override
        public IAccount account() {
            return null;
        }

        @Override
        public ITenantProfile tenantProfile() {
            return null;
        }

        @Override
        public String environment() {
            return endpoint.describe();
        }

        @Override
        public String scopes() {
            return oAuthScope();
        }

        @Override
        public Date expiresOnDate() {
            return Date.from(token.expiresOn());
        }
    }
}
