package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Attachment;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.answer.Reply;
import uk.gov.devon.rpassistant.insights.Feedback;
import uk.gov.devon.rpassistant.insights.FeedbackRecorder;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;

/**
 * "Helpful" and "Not helpful" on an answer card. Each press updates that card in place (no new message):
 * thanks for "Helpful"; for "Not helpful", an optional box for what was missing, then thanks.
 */
@Component
class FeedbackTurns {

    static final String THANKS_HELPFUL = "Thanks, glad that helped.";
    static final String THANKS_NOT_HELPFUL = "Thanks. Your feedback helps the practice leads improve the answers.";
    static final String THANKS_SKIPPED = "Thanks for letting us know.";
    static final String ASK_REASON = "Sorry that didn't help. What were you looking for? (Optional. Please don't "
            + "include names or case details.)";

    private final AnsweringService answers;
    private final AnswerCards cards;
    private final FeedbackRecorder recorder;
    private final Pseudonyms pseudonyms;
    private final ExpertTurns experts;
    private final Clock clock = Clock.systemUTC();

    FeedbackTurns(AnsweringService answers, AnswerCards cards, FeedbackRecorder recorder, Pseudonyms pseudonyms,
            ExpertTurns experts) {
        this.answers = answers;
        this.cards = cards;
        this.recorder = recorder;
        this.pseudonyms = pseudonyms;
        this.experts = experts;
    }

    CompletableFuture<Void> onFeedback(TurnContext turnContext, CardAction.Feedback pressed) {
        String sectionId = pressed.sectionId();
        Answer answer = answers.answerSection(sectionId);
        if (pressed.helpful()) {
            record(turnContext, answer, true, Optional.empty());
            return CardUpdates.replacePressed(turnContext, cards.acknowledged(answer, THANKS_HELPFUL));
        }
        return CardUpdates.replacePressed(turnContext, askReason(answer, sectionId));
    }

    CompletableFuture<Void> onReason(TurnContext turnContext, CardAction.FeedbackReason given) {
        String sectionId = given.sectionId();
        String reason = given.skip() ? "" : given.reason();
        Optional<String> kept = reason.isEmpty() ? Optional.empty()
                : Optional.of(reason.length() > 500 ? reason.substring(0, 500) : reason);
        // A reason is free text like any message: if it may describe a child at risk, the emergency routes come
        // first, as a new message, and its text is not kept.
        Optional<Answer.SafetyFirst> safety = kept.map(answers::reply).map(Reply::answer)
                .filter(Answer.SafetyFirst.class::isInstance).map(Answer.SafetyFirst.class::cast);
        Answer answer = answers.answerSection(sectionId);
        record(turnContext, answer, false, safety.isPresent() ? Optional.empty() : kept);
        CompletableFuture<Void> routes = safety.map(first -> turnContext.sendActivity(MessageFactory.attachment(
                cards.routesAlone(first, false, Conversations.isPersonal(turnContext.getActivity()))))
                .<Void>thenApply(sent -> null))
                .orElse(CompletableFuture.completedFuture(null));
        Attachment thanks = cards.acknowledged(answer, kept.isPresent() ? THANKS_NOT_HELPFUL : THANKS_SKIPPED);
        // The missing thing may be a question for a person: offered with the reason as its start (not when the
        // reason went to the emergency routes).
        if (Conversations.isPersonal(turnContext.getActivity()) && safety.isEmpty()) {
            Optional<com.fasterxml.jackson.databind.node.ObjectNode> ask = experts.offer(kept.orElse(""));
            if (ask.isPresent()) {
                thanks = Cards.from(thanks).action(ask.get()).attachment();
            }
        }
        Attachment shown = thanks;
        return routes.thenCompose(sent -> CardUpdates.replacePressed(turnContext, shown));
    }

    private Attachment askReason(Answer answer, String sectionId) {
        Attachment acknowledged = cards.acknowledged(answer, ASK_REASON);
        Cards card = Cards.from(acknowledged);
        card.input("reason", "Your answer (optional)", "For example: how to end a circle");
        card.action(Cards.submit("Send", new CardAction.FeedbackReason(sectionId, false, "")));
        card.action(Cards.submit("Skip", new CardAction.FeedbackReason(sectionId, true, "")));
        experts.offer("").ifPresent(card::action);
        return card.attachment();
    }

    /** Records feedback on a section that exists; a press carrying an unknown section id is only thanked. */
    private void record(TurnContext turnContext, Answer answer, boolean helpful, Optional<String> reason) {
        if (!(answer instanceof Answer.Found found)) {
            return;
        }
        String sectionId = found.sectionId();
        String user = Conversations.userId(turnContext.getActivity());
        recorder.record(new Feedback(sectionId, helpful, reason, pseudonyms.of(user), clock.instant()));
    }
}
