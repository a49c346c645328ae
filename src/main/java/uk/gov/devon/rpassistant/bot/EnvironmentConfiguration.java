package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.integration.Configuration;
import java.util.Arrays;
import java.util.Properties;
import org.springframework.core.env.Environment;

/**
 * The SDK's settings ({@code MicrosoftAppId}, {@code MicrosoftAppPassword}, {@code BotOpenIdMetadata}, ...)
 * read from Spring's {@link Environment}: environment variables, profiles and YAML, as Azure needs, rather than
 * the SDK's default of application.properties on the classpath alone.
 */
final class EnvironmentConfiguration implements Configuration {

    static final String APP_ID = "MicrosoftAppId";
    static final String APP_PASSWORD = "MicrosoftAppPassword";
    static final String TENANT_ID = "MicrosoftAppTenantId";
    static final String OPEN_ID_METADATA = "BotOpenIdMetadata";
    static final String APP_TYPE = "MicrosoftAppType";
    /** Where Microsoft Entra ID is (azure-identity's name for it); tests point it at a local stand-in. */
    static final String AUTHORITY_HOST = "AZURE_AUTHORITY_HOST";
    /** Set by App Service and Container Apps when the app has a managed identity. */
    static final String IDENTITY_ENDPOINT = "IDENTITY_ENDPOINT";
    static final String IDENTITY_HEADER = "IDENTITY_HEADER";

    private final Environment environment;

    EnvironmentConfiguration(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String getProperty(String key) {
        return environment.getProperty(key);
    }

    @Override
    public Properties getProperties() {
        Properties properties = new Properties();
        for (String key : new String[] {APP_ID, APP_PASSWORD, TENANT_ID, OPEN_ID_METADATA, APP_TYPE}) {
            String value = environment.getProperty(key);
            if (value != null) {
                properties.setProperty(key, value);
            }
        }
        return properties;
    }

    @Override
    public String[] getProperties(String key) {
        String value = environment.getProperty(key);
        return value == null ? null : Arrays.stream(value.split(",")).map(String::strip).toArray(String[]::new);
    }

    boolean hasAppId() {
        String appId = environment.getProperty(APP_ID);
        return appId != null && !appId.isBlank();
    }
}
