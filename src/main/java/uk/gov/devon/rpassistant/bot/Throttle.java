package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.ActivityTypes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets each person's messages through at a human pace ({@link RateLimiter}); the first message over the limit gets
 * a polite reply, the rest are ignored until the person slows down. Counted as {@code rp.turns.rate.limited}.
 */
@Component
class Throttle {

    static final String SLOW_DOWN = "You're sending messages faster than I can answer them. Please wait a few "
            + "seconds and ask again. If a child is in immediate danger, call 999.";

    private final RateLimiter limiter;
    private final Counter limited;

    Throttle(MeterRegistry meters, @Value("${bot.rate-limit.burst:10}") int burst,
            @Value("${bot.rate-limit.refill:3s}") Duration refill) {
        this.limiter = new RateLimiter(burst, refill.toNanos(), System::nanoTime);
        this.limited = meters.counter("rp.turns.rate.limited");
    }

    /** True when the turn may go ahead; otherwise the turn is over (after a polite reply the first time). */
    CompletableFuture<Boolean> admit(TurnContext turnContext) {
        if (!ActivityTypes.MESSAGE.equals(turnContext.getActivity().getType())) {
            return CompletableFuture.completedFuture(true);
        }
        return switch (limiter.decide(Conversations.userId(turnContext.getActivity()))) {
            case ANSWER -> CompletableFuture.completedFuture(true);
            case TELL_TO_SLOW_DOWN -> {
                limited.increment();
                yield turnContext.sendActivity(MessageFactory.text(SLOW_DOWN)).thenApply(sent -> false);
            }
            case IGNORE -> {
                limited.increment();
                yield CompletableFuture.completedFuture(false);
            }
        };
    }
}
