package uk.gov.devon.rpassistant.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The key for pseudonymous ids ({@code PRIVACY_PSEUDONYM_KEY}); a secret, so never printed. */
@ConfigurationProperties("privacy")
public record PrivacyProperties(String pseudonymKey) {

    @Override
    public String toString() {
        return "PrivacyProperties[pseudonymKey=" + (pseudonymKey == null ? "unset" : "****") + "]";
    }
}
