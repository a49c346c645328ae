package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.answer.AnsweringService;

/**
 * The Teams activity handler. It only routes: each kind of turn goes to the collaborator that handles it.
 * In group chats and channels it answers only when @mentioned.
 */
@Component
class RpBot extends TeamsActivityHandler {

    private final AnsweringService answers;
    private final AnswerCards answerCards;
    private final MenuCards menus;
    private final ObjectMapper mapper = new ObjectMapper();

    RpBot(AnsweringService answers, AnswerCards answerCards, MenuCards menus) {
        this.answers = answers;
        this.answerCards = answerCards;
        this.menus = menus;
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

    private CompletableFuture<Void> onCommand(TurnContext turnContext, Command command) {
        return switch (command) {
            case HELP -> send(turnContext, menus.help());
            case TOPICS -> send(turnContext, menus.topics());
            case CONTACTS -> send(turnContext, menus.contacts());
            case START -> send(turnContext, menus.topics());
        };
    }

    private CompletableFuture<Void> onQuestion(TurnContext turnContext, String question) {
        return turnContext.sendActivity(Activity.createTypingActivity())
                .thenCompose(typing -> send(turnContext, answerCards.render(answers.answer(question))));
    }

    private CompletableFuture<Void> onCardSubmit(TurnContext turnContext, JsonNode data) {
        String action = data.path("action").asText("");
        return switch (action) {
            case "section" -> send(turnContext,
                    answerCards.render(answers.answerSection(data.path("sectionId").asText(""))));
            case "ask" -> onQuestion(turnContext, data.path("question").asText(""));
            case "topics" -> send(turnContext, menus.topics());
            case "start" -> send(turnContext, menus.topics());
            default -> send(turnContext, menus.help());
        };
    }

    private static CompletableFuture<Void> send(TurnContext turnContext, Attachment card) {
        return turnContext.sendActivity(MessageFactory.attachment(card)).thenApply(sent -> null);
    }
}
