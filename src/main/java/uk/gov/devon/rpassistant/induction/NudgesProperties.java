package uk.gov.devon.rpassistant.induction;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Weekly nudges back to the new starters' pathway, for those who ask for them.
 *
 * @param enabled whether "Remind me weekly" is offered and nudges are sent ({@code NUDGES_ENABLED}, default true);
 *     "stop reminders" works either way
 * @param checkInterval how often the job looks for people due a nudge ({@code NUDGES_CHECK_INTERVAL}, default
 *     15 minutes); a nudge goes out at the first check of its morning
 */
@ConfigurationProperties("nudges")
public record NudgesProperties(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration checkInterval) {

    public NudgesProperties {
        if (checkInterval == null || checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("nudges.check-interval must be positive, not " + checkInterval);
        }
    }
}
