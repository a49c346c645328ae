package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.answer.Reply;
import uk.gov.devon.rpassistant.experts.ExpertDesk;
import uk.gov.devon.rpassistant.experts.ExpertQuestion;
import uk.gov.devon.rpassistant.experts.ExpertQuestions;
import uk.gov.devon.rpassistant.privacy.CaseDetails;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;

/**
 * "Ask a practice lead", turn by turn: the asker opens the form and sends it; in the experts' channel a practice
 * lead takes the question and answers it; the asker rates the answer. The channel's card is updated in place at
 * each step, and the answer reaches the asker's personal chat through {@link ExpertDelivery}.
 */
@Component
class ExpertTurns {

    static final String PERSONAL_ONLY = "To ask a practice lead, open a personal chat with me and type **ask a "
            + "practice lead**, so that their answer comes back to you.";
    static final String NOT_FOUND = "I can't find that question any more. Questions are kept for 90 days.";
    static final String CHANNEL_ONLY = "This can only be done in the practice leads' channel.";
    static final String NOT_SET_UP = "Asking a practice lead isn't set up yet. Please email the Children's Social "
            + "Work Academy instead: ";

    private final ExpertDesk desk;
    private final ExpertQuestions questions;
    private final ExpertDelivery delivery;
    private final ExpertCards cards;
    private final AnsweringService answers;
    private final AnswerCards answerCards;
    private final CaseDetails caseDetails;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    ExpertTurns(ExpertDesk desk, ExpertQuestions questions, ExpertDelivery delivery, ExpertCards cards,
            AnsweringService answers, AnswerCards answerCards, CaseDetails caseDetails, Pseudonyms pseudonyms,
            Clock clock) {
        this.desk = desk;
        this.questions = questions;
        this.delivery = delivery;
        this.cards = cards;
        this.answers = answers;
        this.answerCards = answerCards;
        this.caseDetails = caseDetails;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
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
        // A question for a person may describe a child at risk like any message: the routes come first, and
        // a practice lead is not the route for a child in danger, so a clear risk is not sent.
        Answer screened = answers.reply(form.question().isBlank() ? "-" : form.question()).answer();
        if (screened instanceof Answer.SafetyFirst safety && safety.answer().isEmpty()) {
            return send(turnContext, answerCards.render(new Reply(safety, false), true))
                    .thenCompose(sent -> text(turnContext, "I haven't sent this to a practice lead: if a child may be "
                            + "at risk, use the routes above. Ask a practice lead about practice at any time."));
        }
        CompletableFuture<Void> routesFirst = screened instanceof Answer.SafetyFirst safety
                ? send(turnContext, answerCards.render(new Reply(new Answer.SafetyFirst(safety.routes(),
                        Optional.empty()), false), true))
                : CompletableFuture.completedFuture(null);
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

    CompletableFuture<Void> claim(TurnContext turnContext, CardAction.Claim claim) {
        Optional<ExpertQuestion> found = questions.find(claim.questionId());
        if (found.isEmpty()) {
            return text(turnContext, NOT_FOUND);
        }
        if (!inChannelOf(turnContext.getActivity(), found.get())) {
            return text(turnContext, CHANNEL_ONLY);
        }
        String key = pseudonyms.of(Conversations.userId(turnContext.getActivity()));
        if (!questions.claim(claim.questionId(), displayName(turnContext.getActivity()), key)) {
            ExpertQuestion taken = questions.find(claim.questionId()).orElse(found.get());
            String by = taken.claim().map(ExpertQuestion.Claim::name).orElse("someone else");
            if (taken.claim().map(ExpertQuestion.Claim::key).filter(key::equals).isPresent()) {
                return updateCard(turnContext, taken);
            }
            return text(turnContext, taken.status() == ExpertQuestion.Status.ANSWERED
                    ? "Thanks, but " + by + " has already answered this one."
                    : "Thanks, but " + by + " has already taken this one.");
        }
        return updateCard(turnContext, questions.find(claim.questionId()).orElseThrow());
    }

    CompletableFuture<Void> reply(TurnContext turnContext, CardAction.Reply reply) {
        Optional<ExpertQuestion> found = questions.find(reply.questionId());
        if (found.isEmpty()) {
            return text(turnContext, NOT_FOUND);
        }
        ExpertQuestion question = found.get();
        if (!inChannelOf(turnContext.getActivity(), question)) {
            return text(turnContext, CHANNEL_ONLY);
        }
        String key = pseudonyms.of(Conversations.userId(turnContext.getActivity()));
        String by = question.claim().map(ExpertQuestion.Claim::name).orElse("someone else");
        if (question.status() == ExpertQuestion.Status.ANSWERED) {
            return text(turnContext, "Thanks, but " + by + " has already answered this one.");
        }
        if (question.claim().map(ExpertQuestion.Claim::key).filter(key::equals).isEmpty()) {
            return text(turnContext, "Only " + by + " can answer this one, as they took it.");
        }
        String answer = reply.answer().strip();
        if (answer.isEmpty()) {
            return text(turnContext, "Please type your answer in the box before sending it.");
        }
        if (caseDetails.found(answer)) {
            return text(turnContext, "Your answer looks as if it holds case details (a date, number, address or "
                    + "reference), so I haven't sent it. Please take them out and send it again.");
        }
        String kept = answer.length() > ExpertCards.MAX_ANSWER ? answer.substring(0, ExpertCards.MAX_ANSWER) : answer;
        if (!questions.answer(question.id(), key, kept)) {
            return text(turnContext, "Thanks, but this one has already been answered.");
        }
        ExpertQuestion answered = questions.find(question.id()).orElseThrow();
        return updateCard(turnContext, answered).thenCompose(updated -> delivery.deliver(answered))
                .thenCompose(delivered -> delivered ? CompletableFuture.completedFuture(null)
                        : text(turnContext, "Thanks. I couldn't reach the person who asked just now; I'll keep "
                                + "trying to send them your answer."));
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

    /** Whether this press came from the channel the question was posted to (not, say, a crafted personal chat). */
    private boolean inChannelOf(Activity activity, ExpertQuestion question) {
        JsonNode channelData = activity.getChannelData() == null ? mapper.createObjectNode()
                : mapper.valueToTree(activity.getChannelData());
        String channel = channelData.path("channel").path("id").asText("");
        String conversation = activity.getConversation() == null || activity.getConversation().getId() == null ? ""
                : ConversationRecorder.withoutThread(activity.getConversation().getId());
        return question.channelId().equals(channel) || question.channelId().equals(conversation);
    }

    private CompletableFuture<Void> updateCard(TurnContext turnContext, ExpertQuestion question) {
        Attachment card = cards.channel(question, clock.instant());
        Optional<String> cardId = question.cardActivityId().filter(id -> !id.isEmpty());
        if (cardId.isEmpty()) {
            return CardUpdates.replacePressed(turnContext, card);
        }
        Activity update = MessageFactory.attachment(card);
        update.setId(cardId.get());
        return turnContext.updateActivity(update).thenApply(updated -> null);
    }

    private static String displayName(Activity activity) {
        String name = activity.getFrom() == null ? null : activity.getFrom().getName();
        return name == null || name.isBlank() ? "A practice lead"
                : name.strip().length() > 100 ? name.strip().substring(0, 100) : name.strip();
    }

    private static CompletableFuture<Void> send(TurnContext turnContext, Attachment card) {
        return turnContext.sendActivity(MessageFactory.attachment(card)).thenApply(sent -> null);
    }

    private static CompletableFuture<Void> text(TurnContext turnContext, String text) {
        return turnContext.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }
}
