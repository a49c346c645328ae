package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.ConversationAccount;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;
import uk.gov.devon.rpassistant.state.DatabaseOutage;
import uk.gov.devon.rpassistant.state.StateStore;

/** Wires the Bot Framework SDK: settings from the environment, the adapter and its turn-error handler. */
@Configuration(proxyBeanMethods = false)
class BotConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BotConfiguration.class);
    static final String SORRY = "Sorry, something went wrong on my side. Please try again in a minute. "
            + "If it keeps happening, email the Children's Social Work Academy. "
            + "If a child is in immediate danger, call 999.";

    @Bean
    EnvironmentConfiguration botSettings(Environment environment) {
        EnvironmentConfiguration settings = new EnvironmentConfiguration(environment);
        if (!settings.hasAppId()) {
            log.warn("No MicrosoftAppId is set: the bot accepts unauthenticated requests. "
                    + "This is for local use and tests only; in Azure set MicrosoftAppId and MicrosoftAppType "
                    + "(see the README).");
        }
        return settings;
    }

    /** Per-user state (the induction step) in the application's database, shared by every instance. */
    @Bean
    UserState userState(StateStore store, Pseudonyms pseudonyms, DatabaseOutage outage) {
        return new UserState(new DatabaseStorage(store, pseudonyms, outage));
    }

    @Bean
    BotFrameworkHttpAdapter botAdapter(EnvironmentConfiguration settings, Pseudonyms pseudonyms) {
        BotFrameworkHttpAdapter adapter = new AuthenticatingAdapter(settings);
        adapter.setOnTurnError((turnContext, exception) -> {
            // The exception's message may quote what was typed, so only its type and place are logged.
            Throwable cause = exception instanceof CompletionException && exception.getCause() != null
                    ? exception.getCause() : exception;
            StackTraceElement[] where = cause.getStackTrace();
            ConversationAccount conversation = turnContext.getActivity().getConversation();
            log.error("Turn failed in conversation {}: {} at {}",
                    pseudonyms.of(conversation == null ? null : conversation.getId()),
                    cause.getClass().getName(), where.length > 0 ? where[0] : "unknown");
            // If even the apology cannot be delivered (the serviceUrl does not answer), the turn still ends here:
            // the failure is logged, and the request is not answered with a 5xx for the connector to retry.
            return turnContext.sendActivity(MessageFactory.text(SORRY)).handle((sent, failed) -> {
                if (failed != null) {
                    log.error("Could not send the apology either: {}", failed.getClass().getName());
                }
                return null;
            });
        });
        return adapter;
    }
}
