package uk.gov.devon.rpassistant.experts;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Questions for practice leads: where they are kept and where they go. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExpertsProperties.class)
class ExpertsConfiguration {

    @Bean
    ExpertQuestions expertQuestions(JdbcTemplate jdbc, Clock clock) {
        return new ExpertQuestions(jdbc, clock);
    }
}
