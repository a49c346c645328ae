package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the turns the adapter runs: middleware sees every turn that got past authentication, whether or not the
 * bot then replies. Import {@link Registration} into a test's context to install it on the application's adapter.
 */
final class TurnCounter implements Middleware {

    private final AtomicInteger turns = new AtomicInteger();

    int turns() {
        return turns.get();
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext context, NextDelegate next) {
        turns.incrementAndGet();
        return next.next();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        TurnCounter turnCounter(BotFrameworkAdapter adapter) {
            TurnCounter counter = new TurnCounter();
            adapter.use(counter);
            return counter;
        }
    }
}
