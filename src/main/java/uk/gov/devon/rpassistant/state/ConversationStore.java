package uk.gov.devon.rpassistant.state;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where each conversation is (its reference, as opaque text without names), keyed by a pseudonym of the
 * conversation id, so that the bot can write to it later. Kept up to date at every turn.
 */
public class ConversationStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ConversationStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void save(StoredConversation conversation) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int updated = jdbc.update("update conversation_reference set user_key = ?, scope = ?, reference = ?, "
                + "updated_at = ? where conversation_key = ?", conversation.userKey(), conversation.scope(),
                conversation.reference(), now, conversation.conversationKey());
        if (updated == 0) {
            try {
                jdbc.update("insert into conversation_reference (conversation_key, user_key, scope, reference, "
                        + "updated_at) values (?, ?, ?, ?, ?)", conversation.conversationKey(), conversation.userKey(),
                        conversation.scope(), conversation.reference(), now);
            } catch (DuplicateKeyException e) {
                // Another instance saved it at the same moment; its copy is as good as ours.
            }
        }
    }

    public Optional<StoredConversation> find(String conversationKey) {
        return jdbc.query("select conversation_key, user_key, scope, reference from conversation_reference "
                + "where conversation_key = ?", (rs, row) -> new StoredConversation(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)), conversationKey).stream().findFirst();
    }

    /** The most recently written conversation of a scope (personal, group or channel), if any. */
    public Optional<StoredConversation> latest(String scope) {
        return jdbc.query("select conversation_key, user_key, scope, reference from conversation_reference "
                + "where scope = ? order by updated_at desc fetch first 1 rows only", (rs, row) -> new StoredConversation(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4)), scope).stream().findFirst();
    }

    public int count() {
        Integer count = jdbc.queryForObject("select count(*) from conversation_reference", Integer.class);
        return count == null ? 0 : count;
    }
}
