package uk.gov.devon.rpassistant.state;

import java.time.Clock;
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

    @Bean
    ConversationStore conversationStore(JdbcTemplate jdbc, Clock clock) {
        return new ConversationStore(jdbc, clock);
    }
}
