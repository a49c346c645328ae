package uk.gov.devon.rpassistant.insights;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeProperties;
import uk.gov.devon.rpassistant.knowledge.KnowledgeReloader;
import uk.gov.devon.rpassistant.privacy.CaseDetails;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;
import uk.gov.devon.rpassistant.state.DatabaseOutage;

/** What is recorded for content owners, how long it is kept, and the report built from it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(InsightsProperties.class)
class InsightsConfiguration {

    @Bean
    StorableText storableText(CaseDetails caseDetails, KnowledgeBase knowledgeBase) {
        return new StorableText(caseDetails, knowledgeBase);
    }

    @Bean
    QuestionLog questionLog(JdbcTemplate jdbc, Pseudonyms pseudonyms, StorableText storable, Clock clock,
            ObjectProvider<MeterRegistry> meters, DatabaseOutage outage) {
        return new QuestionLog(jdbc, pseudonyms, storable, clock, meters.getIfAvailable(SimpleMeterRegistry::new),
                outage);
    }

    @Bean
    FeedbackLog feedbackLog(JdbcTemplate jdbc, StorableText storable, Clock clock, ObjectProvider<MeterRegistry> meters) {
        return new FeedbackLog(jdbc, storable, clock, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    InsightsReport insightsReport(QuestionLog questions, FeedbackLog feedback, KnowledgeBase knowledgeBase,
            ObjectProvider<KnowledgeReloader> reloader, KnowledgeProperties knowledge, Clock clock) {
        return new InsightsReport(questions, feedback, knowledgeBase, Optional.ofNullable(reloader.getIfAvailable()),
                knowledge.path(), clock);
    }

    @Bean
    Retention retention(JdbcTemplate jdbc, Clock clock, InsightsProperties properties) {
        return new Retention(jdbc, clock, properties.retention());
    }
}
