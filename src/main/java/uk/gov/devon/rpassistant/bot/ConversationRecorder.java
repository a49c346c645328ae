package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.privacy.Pseudonyms;
import uk.gov.devon.rpassistant.state.DatabaseOutage;
import uk.gov.devon.rpassistant.state.ConversationStore;
import uk.gov.devon.rpassistant.state.StoredConversation;

/**
 * Keeps each conversation's reference (a channel's, not each thread's: Teams adds {@code ;messageid=} to a
 * channel conversation's id for each thread) (what a proactive message needs later: the conversation, the service
 * address, the channel and tenant) without names: no user, no display names, no message id. Written when it
 * changes, not at every turn; a failure to write is logged and never stops the turn.
 */
@Component
class ConversationRecorder {

    private static final Logger log = LoggerFactory.getLogger(ConversationRecorder.class);

    /** The column's size: a real reference is a few hundred characters. */
    private static final int MAX_REFERENCE = 8192;

    private final ConversationStore store;
    private final Pseudonyms pseudonyms;
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final DatabaseOutage outage;
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    ConversationRecorder(ConversationStore store, Pseudonyms pseudonyms, DatabaseOutage outage,
            ApplicationEventPublisher events) {
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.outage = outage;
        this.events = events;
    }

    /** The bot can now write to this team channel (it was installed there, or heard from it): its id. */
    record ChannelReached(String channelId) {
    }

    void remember(Activity activity) {
        if (activity == null || activity.getConversation() == null || activity.getConversation().getId() == null
                || activity.getServiceUrl() == null || outage.suspected()) {
            return;
        }
        try {
            String conversationId = withoutThread(activity.getConversation().getId());
            String conversationKey = pseudonyms.of(conversationId);
            ConversationReference kept = withoutNames(activity.getConversationReference());
            kept.getConversation().setId(conversationId);
            String reference = mapper.writeValueAsString(kept);
            if (reference.equals(written.get(conversationKey))) {
                return;
            }
            if (reference.length() > MAX_REFERENCE) {
                log.warn("A conversation reference of {} characters is too long to keep", reference.length());
                return;
            }
            String scope = Conversations.scope(activity);
            store.save(new StoredConversation(conversationKey, pseudonyms.of(Conversations.userId(activity)), scope,
                    reference));
            written.put(conversationKey, reference);
            outage.succeeded();
            if ("channel".equals(scope)) {
                events.publishEvent(new ChannelReached(conversationId));
            }
        } catch (DataAccessException e) {
            outage.failed(e);
            log.warn("Could not keep the conversation reference: {}", e.getClass().getSimpleName());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            log.warn("Could not keep the conversation reference: {}", e.getClass().getSimpleName());
        }
    }

    /** A channel's conversation id without the thread: {@code 19:abc@thread.tacv2;messageid=123} to its first part. */
    static String withoutThread(String conversationId) {
        int thread = conversationId.indexOf(";messageid=");
        return thread < 0 ? conversationId : conversationId.substring(0, thread);
    }

    private static ConversationReference withoutNames(ConversationReference reference) {
        reference.setActivityId(null);
        reference.setUser(null);
        // A copy: the reference shares the activity's own conversation, which the turn still replies to.
        ConversationAccount conversation = ConversationAccount.clone(reference.getConversation());
        reference.setConversation(conversation);
        if (conversation != null) {
            conversation.setName(null);
            conversation.setAadObjectId(null);
        }
        return reference;
    }
}
