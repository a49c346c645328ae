package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.answer.Reply;
import uk.gov.devon.rpassistant.insights.QuestionLog;

/**
 * The Teams activity handler. It only routes: each kind of turn goes to the collaborator that handles it.
 * In group chats and channels it answers only when @mentioned.
 */
@Component
class RpBot extends TeamsActivityHandler {

    private final AnsweringService answers;
    private final AnswerCards answerCards;
    private final MenuCards menus;
    private final WelcomeCards welcome;
    private final InductionTurns induction;
    private final FeedbackTurns feedback;
    private final ResourceSearch resources;
    private final ConversationRecorder conversations;
    private final QuestionLog questions;
    private final Throttle throttle;
    /** After this long without an answer, Teams is told the bot is typing. */
    static final long TYPING_AFTER_MS = 700;
    private static final ScheduledExecutorService SLOW_ANSWERS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "typing-indicator");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectMapper mapper = new ObjectMapper();

    RpBot(AnsweringService answers, AnswerCards answerCards, MenuCards menus, WelcomeCards welcome,
            InductionTurns induction, FeedbackTurns feedback, ResourceSearch resources,
            ConversationRecorder conversations, QuestionLog questions, Throttle throttle) {
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
                .orElseGet(() -> onQuestion(turnContext, text));
    }

    /** Welcomes only when the bot itself is added: not again when other people join. */
    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turnContext) {
        String botId = turnContext.getActivity().getRecipient().getId();
        if (membersAdded.stream().noneMatch(member -> botId.equals(member.getId()))) {
            return CompletableFuture.completedFuture(null);
        }
        boolean personal = Conversations.isPersonal(turnContext.getActivity());
        return send(turnContext, personal ? welcome.personal() : welcome.team());
    }

    @Override
    protected CompletableFuture<MessagingExtensionResponse> onTeamsMessagingExtensionQuery(TurnContext turnContext,
            MessagingExtensionQuery query) {
        return CompletableFuture.completedFuture(resources.query(query));
    }

    private CompletableFuture<Void> onCommand(TurnContext turnContext, Command command) {
        return switch (command) {
            case HELP -> send(turnContext, menus.help());
            case TOPICS -> send(turnContext, menus.topics());
            case CONTACTS -> send(turnContext, menus.contacts());
            case START -> induction.move(turnContext, InductionTurns.Move.START);
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
        return send(turnContext, answerCards.render(reply, personal));
    }

    private CompletableFuture<Void> onCardSubmit(TurnContext turnContext, JsonNode data) {
        String action = data.path("action").asText("");
        return switch (action) {
            case "section" -> send(turnContext,
                    answerCards.render(answers.answerSection(data.path("sectionId").asText(""))));
            case "ask" -> onQuestion(turnContext, data.path("question").asText(""));
            case "topics" -> send(turnContext, menus.topics());
            case "topic" -> send(turnContext, menus.topic(data.path("name").asText("")));
            case "start" -> induction.move(turnContext, InductionTurns.Move.START);
            case "induction" -> induction.move(turnContext, move(data.path("move").asText("")));
            case "feedback" -> feedback.onFeedback(turnContext, data);
            case "feedback-reason" -> feedback.onReason(turnContext, data);
            default -> send(turnContext, menus.help());
        };
    }

    private static InductionTurns.Move move(String name) {
        try {
            return InductionTurns.Move.valueOf(name);
        } catch (IllegalArgumentException e) {
            return InductionTurns.Move.START;
        }
    }

    private static CompletableFuture<Void> send(TurnContext turnContext, Attachment card) {
        return turnContext.sendActivity(MessageFactory.attachment(card)).thenApply(sent -> null);
    }
}
