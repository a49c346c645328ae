package uk.gov.devon.rpassistant.state;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bot's shared state and conversation references, in the application's database. */
@Configuration(proxyBeanMethods = false)
class StateConfiguration {

    @Bean
    StateStore stateStore(JdbcTemplate jdbc, Clock clock) {
        return new StateStore(jdbc, clock);
    }

    /** After a database failure, a pause ({@code storage.outage-pause}, 10 s) in which turns skip the database. */
    @Bean
    DatabaseOutage databaseOutage(@Value("${storage.outage-pause:10s}") Duration pause) {
        return new DatabaseOutage(pause, System::nanoTime);
    }

    @Bean
    ConversationStore conversationStore(JdbcTemplate jdbc, Clock clock) {
        return new ConversationStore(jdbc, clock);
    }
}
