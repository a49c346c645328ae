package uk.gov.devon.rpassistant.experts;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.insights.StorableText;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.privacy.CaseDetails;

/** Questions for practice leads: where they are kept and where they go. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExpertsProperties.class)
class ExpertsConfiguration {

    @Bean
    ExpertQuestions expertQuestions(JdbcTemplate jdbc, Clock clock) {
        return new ExpertQuestions(jdbc, clock);
    }

    @Bean
    ExpertDesk expertDesk(ExpertQuestions questions, ExpertsProperties properties, KnowledgeBase knowledgeBase,
            CaseDetails caseDetails, StorableText storable, Clock clock) {
        return new ExpertDesk(questions, properties, knowledgeBase, caseDetails, storable, clock);
    }
}
