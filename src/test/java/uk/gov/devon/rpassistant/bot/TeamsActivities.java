package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Teams-shaped activities, as the Bot Connector posts them to /api/messages. */
final class TeamsActivities {

    static final String BOT_ID = "28:rp-assistant-bot";
    static final String USER_ID = "29:user-aad-1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String serviceUrl;

    TeamsActivities(String serviceUrl) {
        this.serviceUrl = serviceUrl;
    }

    ObjectNode personalMessage(String text) {
        ObjectNode activity = base("message", "personal", "a:personal-conversation");
        activity.put("text", text);
        return activity;
    }

    ObjectNode channelMessage(String text, boolean mentionBot) {
        ObjectNode activity = base("message", "channel", "19:channel@thread.skype;messageid=1");
        activity.put("text", mentionBot ? "<at>RP Assistant</at> " + text : text);
        ObjectNode channelData = activity.putObject("channelData");
        channelData.putObject("team").put("id", "19:team@thread.skype");
        channelData.putObject("channel").put("id", "19:channel@thread.skype");
        channelData.putObject("tenant").put("id", "tenant-1");
        if (mentionBot) {
            ArrayNode entities = activity.putArray("entities");
            ObjectNode mention = entities.addObject().put("type", "mention").put("text", "<at>RP Assistant</at>");
            mention.putObject("mentioned").put("id", BOT_ID).put("name", "RP Assistant");
        }
        return activity;
    }

    ObjectNode cardSubmit(ObjectNode value) {
        ObjectNode activity = base("message", "personal", "a:personal-conversation");
        activity.set("value", value);
        activity.put("replyToId", "card-activity-1");
        return activity;
    }

    ObjectNode invoke(String name, ObjectNode value) {
        ObjectNode activity = base("invoke", "personal", "a:personal-conversation");
        activity.put("name", name);
        activity.set("value", value);
        return activity;
    }

    ObjectNode membersAdded(String conversationType, String... memberIds) {
        ObjectNode activity = base("conversationUpdate", conversationType,
                "personal".equals(conversationType) ? "a:personal-conversation" : "19:channel@thread.skype");
        ArrayNode members = activity.putArray("membersAdded");
        for (String id : memberIds) {
            members.addObject().put("id", id);
        }
        ObjectNode channelData = activity.putObject("channelData");
        channelData.putObject("tenant").put("id", "tenant-1");
        if (!"personal".equals(conversationType)) {
            channelData.put("eventType", "teamMemberAdded");
            channelData.putObject("team").put("id", "19:team@thread.skype");
        }
        return activity;
    }

    ObjectNode base(String type, String conversationType, String conversationId) {
        ObjectNode activity = MAPPER.createObjectNode();
        activity.put("type", type);
        activity.put("id", "activity-" + UUID.randomUUID());
        activity.put("timestamp", "2026-11-24T10:00:00.000Z");
        activity.put("channelId", "msteams");
        activity.put("serviceUrl", serviceUrl);
        activity.put("locale", "en-GB");
        activity.putObject("from").put("id", USER_ID).put("name", "A Worker").put("aadObjectId", "aad-1");
        activity.putObject("recipient").put("id", BOT_ID).put("name", "RP Assistant");
        activity.putObject("conversation").put("id", conversationId).put("conversationType", conversationType)
                .put("tenantId", "tenant-1");
        return activity;
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
