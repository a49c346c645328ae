package uk.gov.devon.rpassistant.privacy;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.knowledge.Contact;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

    /** The configured key; without one, a key made at first start and kept in the database (local runs). */
    @Bean
    Pseudonyms pseudonyms(PrivacyProperties properties, JdbcTemplate jdbc) {
        String key = properties.pseudonymKey();
        if (key == null || key.isBlank()) {
            log.info("PRIVACY_PSEUDONYM_KEY is not set: using a key kept in the database (fine locally; "
                    + "in production set it from Key Vault)");
            key = new GeneratedKeys(jdbc).named("pseudonym");
        }
        return new Pseudonyms(key);
    }

    /** The service's own numbers, from the contacts file as it is now, are not a family's details. */
    @Bean
    CaseDetails caseDetails(KnowledgeBase knowledgeBase) {
        return new CaseDetails(() -> knowledgeBase.content().contacts().stream().map(Contact::phone)
                .filter(Objects::nonNull).toList());
    }
}
