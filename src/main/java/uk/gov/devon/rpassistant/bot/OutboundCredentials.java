package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the bot's replies get their tokens, by {@link AppType}, from settings checked once at start-up so that a
 * wrong one stops the application with a message that names it instead of failing on the first reply.
 * SDK 4.14.3 knows only the multi-tenant kind; single-tenant and managed-identity bots are ours.
 */
final class OutboundCredentials {

    private static final Logger log = LoggerFactory.getLogger(OutboundCredentials.class);

    static final String DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";
    private static final String BOT_FRAMEWORK_TENANT = AuthenticationConstants.DEFAULT_CHANNEL_AUTH_TENANT;
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private final AppType type;
    private final String tenant;
    private final String clientSecret;
    private final URI authorityHost;
    private final URI identityEndpoint;
    private final String identityHeader;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TokenEndpoint.TIMEOUT).build();

    private OutboundCredentials(AppType type, String tenant, String clientSecret, URI authorityHost,
            URI identityEndpoint, String identityHeader) {
        this.type = type;
        this.tenant = tenant;
        this.clientSecret = clientSecret;
        this.authorityHost = authorityHost;
        this.identityEndpoint = identityEndpoint;
        this.identityHeader = identityHeader;
    }

    /** The bot's settings, checked: throws {@link IllegalStateException} naming the setting that is wrong. */
    static OutboundCredentials from(EnvironmentConfiguration settings) {
        String tenant = value(settings, EnvironmentConfiguration.TENANT_ID);
        AppType type = AppType.of(value(settings, EnvironmentConfiguration.APP_TYPE), tenant);
        if (type == AppType.USER_ASSIGNED_MSI && value(settings, EnvironmentConfiguration.APP_PASSWORD) != null) {
            log.warn("{} is set but a {} bot does not use it: remove it, so that production holds no client secret.",
                    EnvironmentConfiguration.APP_PASSWORD, type.setting());
        }
        return switch (type) {
            case USER_ASSIGNED_MSI -> new OutboundCredentials(type, null, null, null,
                    required(settings, EnvironmentConfiguration.IDENTITY_ENDPOINT, type),
                    requiredValue(settings, EnvironmentConfiguration.IDENTITY_HEADER, type));
            case SINGLE_TENANT -> secretBased(settings, type, checkedTenant(tenant, type));
            case MULTI_TENANT -> secretBased(settings, type, BOT_FRAMEWORK_TENANT);
        };
    }

    AppType type() {
        return type;
    }

    /** The credentials for replies sent as {@code appId}; the scope is the Bot Connector's unless a skill's. */
    TokenCredentials forApp(String appId, String oAuthScope) {
        String scope = oAuthScope == null || oAuthScope.isBlank()
                ? AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE : oAuthScope;
        if (type == AppType.USER_ASSIGNED_MSI) {
            String resource = scope.replaceFirst("/\\.default$", "");
            return new TokenCredentials(appId, null, scope,
                    new ManagedIdentityTokens(http, identityEndpoint, identityHeader, appId, resource));
        }
        return new TokenCredentials(appId, tenant, scope,
                new EntraTokens(http, authorityHost, tenant, appId, clientSecret, scope));
    }

    private static OutboundCredentials secretBased(EnvironmentConfiguration settings, AppType type, String tenant) {
        String secret = requiredValue(settings, EnvironmentConfiguration.APP_PASSWORD, type);
        String host = value(settings, EnvironmentConfiguration.AUTHORITY_HOST);
        URI authorityHost = uri(EnvironmentConfiguration.AUTHORITY_HOST, host == null ? DEFAULT_AUTHORITY_HOST : host);
        if (!"https".equals(authorityHost.getScheme()) && !LOOPBACK.contains(authorityHost.getHost())) {
            throw new IllegalStateException(EnvironmentConfiguration.AUTHORITY_HOST
                    + " must be an https address (http is allowed on 127.0.0.1 only, for tests): the client secret"
                    + " travels to it.");
        }
        return new OutboundCredentials(type, tenant, secret, authorityHost, null, null);
    }

    private static String checkedTenant(String tenant, AppType type) {
        if (tenant == null) {
            throw new IllegalStateException(EnvironmentConfiguration.APP_TYPE + "=" + type.setting() + " needs "
                    + EnvironmentConfiguration.TENANT_ID + ": the id of the tenant the bot's app registration is in.");
        }
        if (!TENANT.matcher(tenant).matches()) {
            throw new IllegalStateException(EnvironmentConfiguration.TENANT_ID
                    + " must be a tenant id (a GUID) or a domain name.");
        }
        return tenant;
    }

    private static URI required(EnvironmentConfiguration settings, String key, AppType type) {
        return uri(key, requiredValue(settings, key, type));
    }

    private static String requiredValue(EnvironmentConfiguration settings, String key, AppType type) {
        String value = value(settings, key);
        if (value == null) {
            String hint = type == AppType.USER_ASSIGNED_MSI
                    ? " (App Service and Container Apps set it when the app has a managed identity)" : "";
            throw new IllegalStateException(EnvironmentConfiguration.APP_TYPE + "=" + type.setting() + " needs " + key
                    + hint + ".");
        }
        return value;
    }

    private static URI uri(String key, String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not absolute");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + " must be an absolute http(s) address.");
        }
    }

    private static String value(EnvironmentConfiguration settings, String key) {
        String value = settings.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
