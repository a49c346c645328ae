package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.experts.ExpertQuestion;
import uk.gov.devon.rpassistant.experts.ExpertQuestions;
import uk.gov.devon.rpassistant.privacy.CaseDetails;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;

/**
 * "Ask a practice lead", the practice leads' side, in their channel: "I'll take this" and the answer. The card is
 * updated in place for everyone at each step; only a press from the question's own channel counts, and only the
 * person who took a question can answer it.
 */
@Component
class LeadTurns {

    static final String CHANNEL_ONLY = "This can only be done in the practice leads' channel.";

    private final ExpertQuestions questions;
    private final ExpertDelivery delivery;
    private final ExpertCards cards;
    private final CaseDetails caseDetails;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    LeadTurns(ExpertQuestions questions, ExpertDelivery delivery, ExpertCards cards, CaseDetails caseDetails,
            Pseudonyms pseudonyms, Clock clock) {
        this.questions = questions;
        this.delivery = delivery;
        this.cards = cards;
        this.caseDetails = caseDetails;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    CompletableFuture<Void> claim(TurnContext turnContext, CardAction.Claim claim) {
        Optional<ExpertQuestion> found = questions.find(claim.questionId());
        if (found.isEmpty()) {
            return ExpertTurns.text(turnContext, ExpertTurns.NOT_FOUND);
        }
        if (!inChannelOf(turnContext.getActivity(), found.get())) {
            return ExpertTurns.text(turnContext, CHANNEL_ONLY);
        }
        String key = pseudonyms.of(Conversations.userId(turnContext.getActivity()));
        if (questions.claim(claim.questionId(), displayName(turnContext.getActivity()), key)) {
            return updateCard(turnContext, questions.find(claim.questionId()).orElseThrow());
        }
        ExpertQuestion taken = questions.find(claim.questionId()).orElse(found.get());
        if (taken.claim().map(ExpertQuestion.Claim::key).filter(key::equals).isPresent()) {
            return updateCard(turnContext, taken);
        }
        String by = taken.claim().map(ExpertQuestion.Claim::name).orElse("someone else");
        return ExpertTurns.text(turnContext, taken.status() == ExpertQuestion.Status.ANSWERED
                ? "Thanks, but " + by + " has already answered this one."
                : "Thanks, but " + by + " has already taken this one.");
    }

    CompletableFuture<Void> reply(TurnContext turnContext, CardAction.Reply reply) {
        Optional<ExpertQuestion> found = questions.find(reply.questionId());
        if (found.isEmpty()) {
            return ExpertTurns.text(turnContext, ExpertTurns.NOT_FOUND);
        }
        ExpertQuestion question = found.get();
        if (!inChannelOf(turnContext.getActivity(), question)) {
            return ExpertTurns.text(turnContext, CHANNEL_ONLY);
        }
        String key = pseudonyms.of(Conversations.userId(turnContext.getActivity()));
        String by = question.claim().map(ExpertQuestion.Claim::name).orElse("someone else");
        if (question.status() == ExpertQuestion.Status.ANSWERED) {
            return ExpertTurns.text(turnContext, "Thanks, but " + by + " has already answered this one.");
        }
        if (question.claim().map(ExpertQuestion.Claim::key).filter(key::equals).isEmpty()) {
            return ExpertTurns.text(turnContext, "Only " + by + " can answer this one, as they took it.");
        }
        String answer = reply.answer().strip();
        if (answer.isEmpty()) {
            return ExpertTurns.text(turnContext, "Please type your answer in the box before sending it.");
        }
        if (caseDetails.found(answer)) {
            return ExpertTurns.text(turnContext, "Your answer looks as if it holds case details (a date, number, "
                    + "address or reference), so I haven't sent it. Please take them out and send it again.");
        }
        String kept = answer.length() > ExpertCards.MAX_ANSWER ? answer.substring(0, ExpertCards.MAX_ANSWER) : answer;
        if (!questions.answer(question.id(), key, kept)) {
            return ExpertTurns.text(turnContext, "Thanks, but this one has already been answered.");
        }
        ExpertQuestion answered = questions.find(question.id()).orElseThrow();
        return updateCard(turnContext, answered).thenCompose(updated -> delivery.deliver(answered))
                .thenCompose(delivered -> delivered ? CompletableFuture.completedFuture(null)
                        : ExpertTurns.text(turnContext, "Thanks. I couldn't reach the person who asked just now; "
                                + "I'll keep trying to send them your answer."));
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

    /** The question's card in the channel, as it now stands (by its stored id, else the card pressed). */
    private CompletableFuture<Void> updateCard(TurnContext turnContext, ExpertQuestion question) {
        String cardId = question.cardActivityId().filter(id -> !id.isEmpty())
                .orElse(turnContext.getActivity().getReplyToId());
        return CardUpdates.replace(turnContext, cardId, cards.channel(question, clock.instant()));
    }

    private static String displayName(Activity activity) {
        String name = activity.getFrom() == null || activity.getFrom().getName() == null ? ""
                : activity.getFrom().getName().strip();
        if (name.isEmpty()) {
            return "A practice lead";
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
