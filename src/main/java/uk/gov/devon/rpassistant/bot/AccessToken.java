package uk.gov.devon.rpassistant.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A bearer token for the Bot Connector and when it expires. Its {@code toString} never shows the token. */
record AccessToken(String value, Instant expiresOn) {

    /** A token is replaced this long before it expires, so that none expires on its way to the connector. */
    static final Duration EARLY_REFRESH = Duration.ofMinutes(5);

    AccessToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An access token cannot be empty.");
        }
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    boolean usableAt(Instant now) {
        return now.plus(EARLY_REFRESH).isBefore(expiresOn);
    }

    @Override
    public String toString() {
        return "AccessToken[expiresOn=" + expiresOn + "]";
    }
}
