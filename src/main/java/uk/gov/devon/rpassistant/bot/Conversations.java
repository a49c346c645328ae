package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Mention;
import java.util.List;
import java.util.regex.Pattern;

/** Facts about where a message came from: personal chat or not, and whether the bot was @mentioned. */
final class Conversations {

    private static final Pattern AT_TAG = Pattern.compile("<at>[^<]*</at>");

    private Conversations() {
    }

    static boolean isPersonal(Activity activity) {
        String type = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        return type == null || type.isBlank() || "personal".equals(type);
    }

    static boolean mentionsBot(Activity activity) {
        return !botMentions(activity).isEmpty();
    }

    /**
     * The message text with the bot's @mention taken out. Not the SDK's {@code removeRecipientMention}: it uses
     * the mention's text as a regular expression, so a mention such as "(" throws and a crafted one runs for ever.
     */
    static String textWithoutMention(Activity activity) {
        String text = activity.getText() == null ? "" : activity.getText();
        for (Mention mention : botMentions(activity)) {
            if (mention.getText() != null && !mention.getText().isEmpty()) {
                text = text.replace(mention.getText(), " ");
            }
        }
        return AT_TAG.matcher(text).replaceAll(" ").strip();
    }

    /** The mentions of the bot (the activity's recipient); the entities were checked when the body was read. */
    private static List<Mention> botMentions(Activity activity) {
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        if (botId == null || activity.getEntities() == null) {
            return List.of();
        }
        return activity.getMentions().stream()
                .filter(mention -> mention != null && mention.getMentioned() != null
                        && botId.equals(mention.getMentioned().getId()))
                .toList();
    }

    /** The person's stable id (Entra object id where Teams gives one), for pseudonyms; never stored as it is. */
    static String userId(Activity activity) {
        if (activity.getFrom() == null) {
            return null;
        }
        String aad = activity.getFrom().getAadObjectId();
        return aad == null || aad.isBlank() ? activity.getFrom().getId() : aad;
    }

    /** personal, group or channel. */
    static String scope(Activity activity) {
        String type = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        if ("channel".equals(type)) {
            return "channel";
        }
        return "groupChat".equals(type) ? "group" : "personal";
    }
}
