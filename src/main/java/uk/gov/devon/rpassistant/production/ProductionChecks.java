package uk.gov.devon.rpassistant.production;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the {@code production} profile, the application refuses to start on settings that are fine on a laptop
 * and wrong in Azure: no Microsoft app id (it would accept anyone's requests) unless {@code BOT_ALLOW_ANONYMOUS=true}
 * says so on purpose; no pseudonym key (it would be made and kept beside the data it protects); an H2 database
 * (each instance would have its own); a Key Vault reference left unresolved (App Service passes the reference's
 * text on when it cannot read the secret). Every problem is named at once, with the setting that fixes it.
 */
@Component
@Profile("production")
class ProductionChecks {

    ProductionChecks(Environment environment) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("RP Assistant will not start with the production profile: "
                    + String.join("; ", problems));
        }
    }

    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (blank(environment.getProperty("MicrosoftAppId"))
                && !environment.getProperty("bot.allow-anonymous", Boolean.class, false)) {
            problems.add("MicrosoftAppId is not set, so anyone could post to /api/messages (set it, or set "
                    + "BOT_ALLOW_ANONYMOUS=true if anonymous access is really meant)");
        }
        if (blank(environment.getProperty("privacy.pseudonym-key"))) {
            problems.add("PRIVACY_PSEUDONYM_KEY is not set (put it in Key Vault and reference it from the app's "
                    + "settings)");
        }
        for (String key : new String[] {"MicrosoftAppPassword", "privacy.pseudonym-key", "spring.datasource.password",
                "admin.entra.client-secret"}) {
            if (environment.getProperty(key, "").startsWith("@Microsoft.KeyVault(")) {
                problems.add(key + " is a Key Vault reference that App Service did not resolve (check the app's "
                        + "identity has 'Key Vault Secrets User' and the secret exists)");
            }
        }
        String database = environment.getProperty("spring.datasource.url", "");
        if (database.startsWith("jdbc:h2:")) {
            problems.add("the database is H2, which each instance would keep to itself (set SPRING_DATASOURCE_URL "
                    + "to the PostgreSQL server)");
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
