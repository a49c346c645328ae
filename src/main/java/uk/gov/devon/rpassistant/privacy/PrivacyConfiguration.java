package uk.gov.devon.rpassistant.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    @Bean
    Pseudonyms pseudonyms(PrivacyProperties properties) {
        return new Pseudonyms(properties.pseudonymKey());
    }

    @Bean
    CaseDetails caseDetails() {
        return new CaseDetails();
    }
}
