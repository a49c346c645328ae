package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.experts.ExpertDesk;
import uk.gov.devon.rpassistant.experts.ExpertQuestion;
import uk.gov.devon.rpassistant.experts.ExpertQuestions;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;

/**
 * "Ask a practice lead", the asker's side: the offer on a card, the form, sending it, and rating the answer that
 * comes back. The practice leads' side is {@link LeadTurns}; carrying the question and the answer between the two
 * is {@link ExpertDelivery}.
 */
@Component
class ExpertTurns {

    static final String PERSONAL_ONLY = "To ask a practice lead, open a personal chat with me and type **ask a "
            + "practice lead**, so that their answer comes back to you.";
    static final String NOT_FOUND = "I can't find that question any more. Questions are kept for 90 days.";
    static final String NOT_SET_UP = "Asking a practice lead isn't set up yet. Please email the Children's Social "
            + "Work Academy instead: ";
    static final String NOT_SENT_RISK = "I haven't sent this to a practice lead: if a child may be at risk, use the "
            + "routes above. You can ask a practice lead about practice at any time.";

    private final ExpertDesk desk;
    private final ExpertQuestions questions;
    private final ExpertDelivery delivery;
    private final ExpertCards cards;
    private final AnsweringService answers;
    private final AnswerCards answerCards;
    private final Pseudonyms pseudonyms;

    ExpertTurns(ExpertDesk desk, ExpertQuestions questions, ExpertDelivery delivery, ExpertCards cards,
            AnsweringService answers, AnswerCards answerCards, Pseudonyms pseudonyms) {
        this.desk = desk;
        this.questions = questions;
        this.delivery = delivery;
        this.cards = cards;
        this.answers = answers;
        this.answerCards = answerCards;
        this.pseudonyms = pseudonyms;
    }

    /** The "Ask a practice lead" button for a card, when asking is set up; the question is offered redacted. */
    Optional<ObjectNode> offer(String question) {
        if (!desk.enabled()) {
            return Optional.empty();
        }
        String start = desk.prefill(question);
        return Optional.of(Cards.submit("Ask a practice lead",
                new CardAction.AskLead(Optional.of(start).filter(text -> !text.isEmpty()))));
    }

    /** The form, from the command, a button, or a "Not helpful" reason. */
    CompletableFuture<Void> openForm(TurnContext turnContext, Optional<String> question) {
        Optional<String> refusal = refusal(turnContext);
        if (refusal.isPresent()) {
            return text(turnContext, refusal.get());
        }
        return send(turnContext, cards.form(question.map(desk::prefill).orElse(""), "", ""));
    }

    CompletableFuture<Void> send(TurnContext turnContext, CardAction.SendToLead form) {
        Optional<String> refusal = refusal(turnContext);
        if (refusal.isPresent()) {
            return text(turnContext, refusal.get());
        }
        // The form may describe a child at risk like any message: the routes come first. A practice lead is not
        // the route for a child in danger, so a clear risk is not sent at all.
        Optional<Answer.SafetyFirst> safety = screen(form);
        CompletableFuture<Void> routesFirst = safety
                .map(first -> send(turnContext, answerCards.routesAlone(first, false, true)))
                .orElseGet(() -> CompletableFuture.completedFuture(null));
        if (safety.isPresent() && safety.get().answer().isEmpty()) {
            return routesFirst.thenCompose(sent -> text(turnContext, NOT_SENT_RISK));
        }
        Activity activity = turnContext.getActivity();
        ExpertDesk.Submission submission = desk.submit(pseudonyms.of(Conversations.userId(activity)),
                pseudonyms.of(ConversationRecorder.withoutThread(activity.getConversation().getId())),
                form.question(), form.note());
        if (submission instanceof ExpertDesk.Submission.Refused refused) {
            return routesFirst.thenCompose(sent -> CardUpdates.replacePressed(turnContext,
                    cards.form(refused.question(), refused.note(), problem(refused.reason()))));
        }
        ExpertQuestion question = ((ExpertDesk.Submission.Accepted) submission).question();
        return routesFirst.thenCompose(sent -> delivery.post(question)).thenCompose(posted ->
                CardUpdates.replacePressed(turnContext, cards.sent(question, desk.properties().expectedWait(), posted)));
    }

    CompletableFuture<Void> rate(TurnContext turnContext, CardAction.RateAnswer rating) {
        Optional<ExpertQuestion> found = questions.find(rating.questionId());
        if (found.isEmpty()) {
            return text(turnContext, NOT_FOUND);
        }
        questions.rate(rating.questionId(), pseudonyms.of(Conversations.userId(turnContext.getActivity())),
                rating.helpful());
        return CardUpdates.replacePressed(turnContext, cards.answer(found.get(), rating.helpful()
                ? FeedbackTurns.THANKS_HELPFUL : FeedbackTurns.THANKS_NOT_HELPFUL));
    }

    /** The safety screen's verdict on the question and note together, when they may describe a child at risk. */
    private Optional<Answer.SafetyFirst> screen(CardAction.SendToLead form) {
        String text = (form.question() + "\n" + form.note()).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(answers.reply(text).answer()).filter(Answer.SafetyFirst.class::isInstance)
                .map(Answer.SafetyFirst.class::cast);
    }

    /** Why this person cannot ask here, if they cannot: not a personal chat, or asking is not set up. */
    private Optional<String> refusal(TurnContext turnContext) {
        if (!Conversations.isPersonal(turnContext.getActivity())) {
            return Optional.of(PERSONAL_ONLY);
        }
        if (!desk.enabled()) {
            return Optional.of(NOT_SET_UP + answers.contact(AnsweringService.TRAINING_CONTACT)
                    .map(ContactText::describe).orElse("see **contacts**."));
        }
        return Optional.empty();
    }

    private static String problem(ExpertDesk.Reason reason) {
        return switch (reason) {
            case EMPTY -> "Please type your question first.";
            case CASE_DETAILS -> "Nothing was sent: your question still looked as if it held case details (a date, "
                    + "number, address or reference). I've taken out what I found, marked [removed]. Please check "
                    + "it and send again.";
            case POSSIBLE_NAME -> "Nothing was sent: a word with a capital letter may be someone's name. Please "
                    + "take out names. If it isn't a name, write it in lower case and send again.";
        };
    }

    private static CompletableFuture<Void> send(TurnContext turnContext, Attachment card) {
        return turnContext.sendActivity(MessageFactory.attachment(card)).thenApply(sent -> null);
    }

    static CompletableFuture<Void> text(TurnContext turnContext, String text) {
        return turnContext.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }
}
