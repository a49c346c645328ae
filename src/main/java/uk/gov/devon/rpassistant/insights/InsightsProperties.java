package uk.gov.devon.rpassistant.insights;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long questions, feedback and state are kept ({@code INSIGHTS_RETENTION}, default 90 days). */
@ConfigurationProperties("insights")
public record InsightsProperties(Duration retention) {

    public InsightsProperties {
        retention = retention == null ? Duration.ofDays(90) : retention;
    }
}
