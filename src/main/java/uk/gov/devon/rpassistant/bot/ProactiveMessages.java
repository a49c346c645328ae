package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;
import uk.gov.devon.rpassistant.state.ConversationStore;
import uk.gov.devon.rpassistant.state.StoredConversation;

/**
 * Messages the bot starts itself, outside a turn: a question posted into the experts' channel, an answer sent
 * back to the person who asked, a reminder. Each goes to a conversation whose reference was stored when the bot
 * last heard from it ({@link ConversationRecorder}). A failure is logged by type and reported as empty, never
 * thrown, so that the caller can keep the work and try again later.
 */
@Component
class ProactiveMessages {

    private static final Logger log = LoggerFactory.getLogger(ProactiveMessages.class);

    private final BotFrameworkHttpAdapter adapter;
    private final EnvironmentConfiguration settings;
    private final ConversationStore conversations;
    private final Pseudonyms pseudonyms;
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    ProactiveMessages(BotFrameworkHttpAdapter adapter, EnvironmentConfiguration settings,
            ConversationStore conversations, Pseudonyms pseudonyms) {
        this.adapter = adapter;
        this.settings = settings;
        this.conversations = conversations;
        this.pseudonyms = pseudonyms;
    }

    /** The stored conversation with this key (a pseudonym of its id), if the bot has heard from it. */
    Optional<ConversationReference> conversation(String conversationKey) {
        return conversations.find(conversationKey).flatMap(this::reference);
    }

    /**
     * Where to post in a team channel. The channel's own reference when the bot has heard from it; otherwise the
     * reference of the team channel it heard from last, pointed at this channel (a tenant's channels share one
     * service address, and installing the bot in a team is heard in its General channel).
     */
    Optional<ConversationReference> channel(String channelId) {
        Optional<ConversationReference> known = conversation(pseudonyms.of(channelId));
        if (known.isPresent()) {
            return known;
        }
        return conversations.latest("channel").flatMap(this::reference).map(reference -> {
            ConversationAccount conversation = ConversationAccount.clone(reference.getConversation());
            conversation.setId(channelId);
            conversation.setConversationType("channel");
            reference.setConversation(conversation);
            return reference;
        });
    }

    /** A reply in a channel's thread: the channel's reference with the thread's first message. */
    static ConversationReference thread(ConversationReference channel, String firstMessageId) {
        ConversationReference reference = ConversationReference.clone(channel);
        ConversationAccount conversation = ConversationAccount.clone(channel.getConversation());
        conversation.setId(ConversationRecorder.withoutThread(conversation.getId()) + ";messageid=" + firstMessageId);
        reference.setConversation(conversation);
        return reference;
    }

    /**
     * Sends a card as a new message; completes with its id, or empty when it could not be sent. Sent to the
     * conversation itself (not through the turn's {@code sendActivity}, which would make it a reply to the made-up
     * id of the SDK's continuation activity).
     */
    CompletableFuture<Optional<String>> send(ConversationReference reference, Attachment card) {
        AtomicReference<String> id = new AtomicReference<>();
        return continueWith(reference, turnContext -> {
            ConnectorClient connector = turnContext.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
            Activity message = MessageFactory.attachment(card);
            message.applyConversationReference(reference, false);
            message.setReplyToId(null);
            return connector.getConversations().sendToConversation(message.getConversation().getId(), message)
                    .thenAccept(sent -> id.set(Optional.ofNullable(sent).map(ResourceResponse::getId).orElse("")));
        }).thenApply(done -> done ? Optional.ofNullable(id.get()) : Optional.empty());
    }

    /**
     * Runs the callback in a turn of the SDK's making for that conversation. Its failure is caught inside the turn,
     * so that the adapter's turn-error handler (which apologises into the conversation) never runs for a message
     * nobody asked for; it is logged by type and reported as false.
     */
    private CompletableFuture<Boolean> continueWith(ConversationReference reference,
            com.microsoft.bot.builder.BotCallbackHandler callback) {
        String appId = Optional.ofNullable(settings.getProperty(EnvironmentConfiguration.APP_ID)).orElse("");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            return adapter.continueConversation(appId, reference, turnContext -> {
                try {
                    return callback.invoke(turnContext).handle((done, failed) -> {
                        failure.compareAndSet(null, failed);
                        return null;
                    });
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    return CompletableFuture.completedFuture(null);
                }
            }).handle((done, failed) -> {
                Throwable problem = failed != null ? failed : failure.get();
                if (problem != null) {
                    log.warn("A proactive message was not delivered: {}", rootType(problem));
                    return false;
                }
                return true;
            });
        } catch (RuntimeException e) {
            log.warn("A proactive message was not delivered: {}", rootType(e));
            return CompletableFuture.completedFuture(false);
        }
    }

    private Optional<ConversationReference> reference(StoredConversation stored) {
        try {
            return Optional.of(mapper.readValue(stored.reference(), ConversationReference.class));
        } catch (JsonProcessingException e) {
            log.warn("A stored conversation reference could not be read: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static String rootType(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
