package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.answer.Reply;
import uk.gov.devon.rpassistant.insights.QuestionLog;

/**
 * The Teams activity handler. It only routes: each kind of turn goes to the collaborator that handles it.
 * In group chats and channels it answers only when @mentioned.
 */
@Component
class RpBot extends TeamsActivityHandler {

    /** After this long without an answer, Teams is told the bot is typing. */
    static final long TYPING_AFTER_MS = 700;
    private static final ScheduledExecutorService SLOW_ANSWERS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "typing-indicator");
        thread.setDaemon(true);
        return thread;
    });

    private final AnsweringService answers;
    private final AnswerCards answerCards;
    private final MenuCards menus;
    private final WelcomeCards welcome;
    private final InductionTurns induction;
    private final ReminderTurns reminders;
    private final FeedbackTurns feedback;
    private final ResourceSearch resources;
    private final ConversationRecorder conversations;
    private final QuestionLog questions;
    private final Throttle throttle;
    private final LongMessages longMessages;
    private final ExpertTurns experts;
    private final LeadTurns leads;
    private final ObjectMapper mapper = new ObjectMapper();

    RpBot(AnsweringService answers, AnswerCards answerCards, MenuCards menus, WelcomeCards welcome,
            InductionTurns induction, FeedbackTurns feedback, ResourceSearch resources,
            ConversationRecorder conversations, QuestionLog questions, Throttle throttle, LongMessages longMessages,
            ExpertTurns experts, LeadTurns leads, ReminderTurns reminders) {
        this.answers = answers;
        this.answerCards = answerCards;
        this.menus = menus;
        this.welcome = welcome;
        this.induction = induction;
        this.feedback = feedback;
        this.resources = resources;
        this.conversations = conversations;
        this.questions = questions;
        this.throttle = throttle;
        this.longMessages = longMessages;
        this.experts = experts;
        this.leads = leads;
        this.reminders = reminders;
    }

    /** Every turn first keeps where the conversation is (for proactive messages later), then meets the throttle. */
    @Override
    public CompletableFuture<Void> onTurn(TurnContext turnContext) {
        conversations.remember(turnContext.getActivity());
        return throttle.admit(turnContext).thenCompose(admitted -> admitted ? super.onTurn(turnContext)
                : CompletableFuture.completedFuture(null));
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        if (activity.getValue() != null) {
            return onCardSubmit(turnContext, mapper.valueToTree(activity.getValue()));
        }
        if (!Conversations.isPersonal(activity) && !Conversations.mentionsBot(activity)) {
            return CompletableFuture.completedFuture(null);
        }
        String text = Conversations.textWithoutMention(activity);
        if (text.isBlank()) {
            return send(turnContext, menus.help());
        }
        return Command.of(text).map(command -> onCommand(turnContext, command))
                .orElseGet(() -> onText(turnContext, text));
    }

    /**
     * Membership changes go straight to {@link #onMembersAdded}. Not through the Teams handler's routing: it fetches
     * each added person's details from Teams (which the welcome does not need) and fails on an odd member list.
     */
    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turnContext) {
        List<ChannelAccount> added = turnContext.getActivity().getMembersAdded();
        return added == null || added.isEmpty() ? CompletableFuture.completedFuture(null)
                : onMembersAdded(added, turnContext);
    }

    /** Welcomes only when the bot itself is added: not again when other people join. */
    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turnContext) {
        ChannelAccount bot = turnContext.getActivity().getRecipient();
        String botId = bot == null ? null : bot.getId();
        if (botId == null
                || membersAdded.stream().noneMatch(member -> member != null && botId.equals(member.getId()))) {
            return CompletableFuture.completedFuture(null);
        }
        boolean personal = Conversations.isPersonal(turnContext.getActivity());
        return send(turnContext, personal ? welcome.personal() : welcome.team());
    }

    /**
     * The one invoke this app takes is the "Find a resource" search. Any other name is ignored with 200 and no
     * body, as the activity protocol asks of event names a receiver does not understand (it gives invokes no
     * status of their own). Not the SDK's routing: it answers unknown names 501, and a malformed value with a 500
     * that quotes the exception.
     */
    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        if (ResourceSearch.QUERY.equals(activity.getName())) {
            return CompletableFuture.completedFuture(resources.answer(activity.getValue()));
        }
        return CompletableFuture.completedFuture(new InvokeResponse(200, null));
    }

    /** What someone typed or asked from a card: a question, or a pasted text too long to be one. */
    private CompletableFuture<Void> onText(TurnContext turnContext, String text) {
        if (text.isBlank()) {
            return send(turnContext, menus.help());
        }
        if (LongMessages.isLong(text)) {
            return send(turnContext, longMessages.reply(text, Conversations.isPersonal(turnContext.getActivity())));
        }
        return onQuestion(turnContext, text);
    }

    private CompletableFuture<Void> onCommand(TurnContext turnContext, Command command) {
        return switch (command) {
            case HELP -> send(turnContext, menus.help());
            case TOPICS -> send(turnContext, menus.topics());
            case CONTACTS -> send(turnContext, menus.contacts());
            case START -> induction.move(turnContext, InductionTurns.Move.START);
            case ASK_LEAD -> experts.openForm(turnContext, Optional.empty());
            case STOP_REMINDERS -> reminders.stop(turnContext);
        };
    }

    private CompletableFuture<Void> onQuestion(TurnContext turnContext, String question) {
        Activity activity = turnContext.getActivity();
        boolean personal = Conversations.isPersonal(activity);
        // Answering takes milliseconds; "typing..." costs a round trip to Teams, so it is sent only if the answer
        // is unusually slow (a cold start, a busy machine).
        ScheduledFuture<?> typing = SLOW_ANSWERS.schedule(
                () -> turnContext.sendActivity(Activity.createTypingActivity()), TYPING_AFTER_MS, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        Reply reply;
        try {
            reply = answers.reply(question);
        } finally {
            typing.cancel(false);
        }
        questions.record(Conversations.userId(activity), Conversations.scope(activity), question, reply.answer(),
                Duration.ofNanos(System.nanoTime() - start));
        Attachment card = answerCards.render(reply, personal);
        if (personal && reply.answer() instanceof Answer.NotKnown) {
            Optional<ObjectNode> ask = experts.offer(question);
            if (ask.isPresent()) {
                card = Cards.from(card).action(ask.get()).attachment();
            }
        }
        return send(turnContext, card);
    }

    /** A press on one of our cards; anything else that arrives as a card press gets the help card. */
    private CompletableFuture<Void> onCardSubmit(TurnContext turnContext, JsonNode data) {
        CardAction action = CardAction.read(data).orElse(null);
        if (action instanceof CardAction.Section section) {
            return send(turnContext, answerCards.render(answers.answerSection(section.sectionId())));
        }
        if (action instanceof CardAction.Ask ask) {
            return onText(turnContext, ask.question().orElse("").strip());
        }
        if (action instanceof CardAction.Topics) {
            return send(turnContext, menus.topics());
        }
        if (action instanceof CardAction.Topic topic) {
            return send(turnContext, menus.topic(topic.name()));
        }
        if (action instanceof CardAction.Start) {
            return induction.move(turnContext, InductionTurns.Move.START);
        }
        if (action instanceof CardAction.Induction page) {
            return induction.move(turnContext, page.move());
        }
        if (action instanceof CardAction.RemindWeekly) {
            return reminders.remindWeekly(turnContext);
        }
        if (action instanceof CardAction.StopReminders) {
            return reminders.stop(turnContext);
        }
        if (action instanceof CardAction.Feedback pressed) {
            return feedback.onFeedback(turnContext, pressed);
        }
        if (action instanceof CardAction.FeedbackReason reason) {
            return feedback.onReason(turnContext, reason);
        }
        if (action instanceof CardAction.AskLead ask) {
            return experts.openForm(turnContext, ask.question());
        }
        if (action instanceof CardAction.SendToLead form) {
            return experts.send(turnContext, form);
        }
        if (action instanceof CardAction.Claim claim) {
            return leads.claim(turnContext, claim);
        }
        if (action instanceof CardAction.Reply reply) {
            return leads.reply(turnContext, reply);
        }
        if (action instanceof CardAction.RateAnswer rating) {
            return experts.rate(turnContext, rating);
        }
        return send(turnContext, menus.help());
    }

    private static CompletableFuture<Void> send(TurnContext turnContext, Attachment card) {
        return turnContext.sendActivity(MessageFactory.attachment(card)).thenApply(sent -> null);
    }
}
