package uk.gov.devon.rpassistant.safety;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.devon.rpassistant.knowledge.TextEmbedder;

/** The safety screen, with the thresholds calibrated for the model on the blind safety set's development half. */
@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

    @Bean
    RiskScreen riskScreen(TextEmbedder embedder) {
        return new RiskScreen(embedder, RiskScreen.Thresholds.calibratedFor(embedder.queryModelId()));
    }
}
