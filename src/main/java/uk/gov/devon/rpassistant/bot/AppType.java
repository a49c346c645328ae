package uk.gov.devon.rpassistant.bot;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What kind of Azure Bot this is ({@code MicrosoftAppType}), which decides where its reply tokens come from. Since
 * 31 July 2025 a new Azure Bot is single-tenant or uses a managed identity; multi-tenant bots made before then
 * still work.
 */
enum AppType {

    /** A client secret, and tokens from the Bot Framework's own tenant (botframework.com). */
    MULTI_TENANT("MultiTenant"),
    /** A client secret, and tokens from the bot's own tenant ({@code MicrosoftAppTenantId}). */
    SINGLE_TENANT("SingleTenant"),
    /** No secret: tokens from the hosting platform's managed-identity endpoint, for a user-assigned identity. */
    USER_ASSIGNED_MSI("UserAssignedMSI");

    private final String setting;

    AppType(String setting) {
        this.setting = setting;
    }

    String setting() {
        return setting;
    }

    /**
     * The type a setting names; when none is set, SingleTenant if a tenant id is (as this bot has always done) and
     * MultiTenant otherwise.
     */
    static AppType of(String setting, String tenantId) {
        if (setting == null || setting.isBlank()) {
            return tenantId == null || tenantId.isBlank() ? MULTI_TENANT : SINGLE_TENANT;
        }
        return Arrays.stream(values()).filter(type -> type.setting.equalsIgnoreCase(setting.strip())).findFirst()
                .orElseThrow(() -> new IllegalStateException(EnvironmentConfiguration.APP_TYPE + " must be one of "
                        + Arrays.stream(values()).map(AppType::setting).collect(Collectors.joining(", "))
                        + "; it is \"" + setting.strip() + "\"."));
    }
}
