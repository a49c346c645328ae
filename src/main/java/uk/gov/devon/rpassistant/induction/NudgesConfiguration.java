package uk.gov.devon.rpassistant.induction;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.devon.rpassistant.knowledge.BankHolidays;
import uk.gov.devon.rpassistant.knowledge.KnowledgeProperties;

/** Weekly nudges for new starters: who asked for them (in the database) and when they may go. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NudgesProperties.class)
class NudgesConfiguration {

    @Bean
    Nudges nudges(JdbcTemplate jdbc, Clock clock) {
        return new Nudges(jdbc, clock);
    }

    @Bean
    NudgeTimes nudgeTimes(KnowledgeProperties knowledge) {
        return new NudgeTimes(BankHolidays.read(knowledge.path()));
    }
}
