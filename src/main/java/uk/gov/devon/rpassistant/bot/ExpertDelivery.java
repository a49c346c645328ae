package uk.gov.devon.rpassistant.bot;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.experts.ExpertQuestion;
import uk.gov.devon.rpassistant.experts.ExpertQuestions;
import uk.gov.devon.rpassistant.experts.ExpertsProperties;

/**
 * Carries questions to the experts' channel and answers back to the people who asked, outside any turn. What
 * cannot be delivered now (the channel or the chat not reachable) stays in the database and is tried again by
 * {@link #catchUp}, which also reminds the channel, once, of a question nobody has taken. Each step is claimed with
 * a conditional update first, so that two instances never both post or both remind.
 */
@Component
class ExpertDelivery {

    private static final Logger log = LoggerFactory.getLogger(ExpertDelivery.class);

    private final ExpertQuestions questions;
    private final ExpertsProperties properties;
    private final ProactiveMessages proactive;
    private final ExpertCards cards;
    private final Clock clock;

    ExpertDelivery(ExpertQuestions questions, ExpertsProperties properties, ProactiveMessages proactive,
            ExpertCards cards, Clock clock) {
        this.questions = questions;
        this.properties = properties;
        this.proactive = proactive;
        this.cards = cards;
        this.clock = clock;
    }

    /** Posts the question's card into its channel; completes with whether it was posted. */
    CompletableFuture<Boolean> post(ExpertQuestion question) {
        if (!questions.posting(question.id())) {
            return CompletableFuture.completedFuture(false);
        }
        return proactive.channel(question.channelId())
                .map(channel -> proactive.send(channel, cards.channel(question, clock.instant())))
                .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty()))
                .thenApply(id -> {
                    if (id.isPresent() && !id.get().isEmpty()) {
                        questions.posted(question.id(), id.get());
                        return true;
                    }
                    log.warn("A question for a practice lead could not be posted yet; it will be tried again");
                    questions.notPosted(question.id());
                    return false;
                });
    }

    /** Sends the answer to the asker's personal chat; completes with whether it was delivered. */
    CompletableFuture<Boolean> deliver(ExpertQuestion answered) {
        if (!questions.delivering(answered.id())) {
            return CompletableFuture.completedFuture(false);
        }
        return proactive.conversation(answered.askerConversationKey())
                .map(chat -> proactive.send(chat, cards.answer(answered, "")))
                .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty()))
                .thenApply(id -> {
                    if (id.isPresent()) {
                        return true;
                    }
                    log.warn("A practice lead's answer could not be delivered yet; it will be tried again");
                    questions.notDelivered(answered.id());
                    return false;
                });
    }

    /**
     * As soon as the bot can write to a channel (it was installed in the team, or heard from the channel), the
     * questions waiting to be posted there go, rather than at the next check.
     */
    @EventListener
    void onChannelReached(ConversationRecorder.ChannelReached reached) {
        if (!properties.enabled()) {
            return;
        }
        try {
            postWaiting();
        } catch (DataAccessException e) {
            log.warn("Questions waiting for a practice lead were not posted: {}", e.getClass().getSimpleName());
        }
    }

    @Scheduled(initialDelayString = "${experts.check-interval:PT5M}", fixedDelayString = "${experts.check-interval:PT5M}")
    void scheduled() {
        if (!properties.enabled()) {
            return;
        }
        try {
            catchUp(clock.instant()).join();
        } catch (DataAccessException e) {
            log.warn("Questions for practice leads were not checked: {}", e.getClass().getSimpleName());
        }
    }

    /** Posts what was not posted, delivers what was not delivered, and reminds of questions waiting too long. */
    CompletableFuture<Void> catchUp(Instant now) {
        CompletableFuture<?> work = postWaiting();
        for (ExpertQuestion answered : questions.undelivered()) {
            work = work.thenCompose(done -> deliver(answered));
        }
        for (ExpertQuestion waiting : questions.dueForReminder(now.minus(properties.remindAfter()))) {
            work = work.thenCompose(done -> remind(waiting, now));
        }
        return work.thenApply(done -> null);
    }

    /** Posts, one after another, the questions not posted yet. */
    private CompletableFuture<?> postWaiting() {
        CompletableFuture<?> work = CompletableFuture.completedFuture(null);
        for (ExpertQuestion question : questions.unposted()) {
            work = work.thenCompose(done -> post(question));
        }
        return work;
    }

    private CompletableFuture<Boolean> remind(ExpertQuestion question, Instant now) {
        if (!questions.reminded(question.id())) {
            return CompletableFuture.completedFuture(false);
        }
        return proactive.channel(question.channelId())
                .map(channel -> proactive.send(ProactiveMessages.thread(channel, question.cardActivityId().orElse("")),
                        cards.reminder(question, now)))
                .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty()))
                .thenApply(sent -> {
                    if (sent.isEmpty()) {
                        log.warn("A reminder for a practice lead's question was not sent; it will be tried again");
                        questions.notReminded(question.id());
                    }
                    return sent.isPresent();
                });
    }
}
