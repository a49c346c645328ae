package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Mention;

/** Facts about where a message came from: personal chat or not, and whether the bot was @mentioned. */
final class Conversations {

    private Conversations() {
    }

    static boolean isPersonal(Activity activity) {
        String type = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        return type == null || type.isBlank() || "personal".equals(type);
    }

    static boolean mentionsBot(Activity activity) {
        if (activity.getRecipient() == null || activity.getMentions() == null) {
            return false;
        }
        String botId = activity.getRecipient().getId();
        for (Mention mention : activity.getMentions()) {
            if (mention.getMentioned() != null && botId != null && botId.equals(mention.getMentioned().getId())) {
                return true;
            }
        }
        return false;
    }

    /** The message text with the bot's @mention taken out. */
    static String textWithoutMention(Activity activity) {
        String text = Activity.removeRecipientMentionImmutable(activity);
        if (text == null) {
            text = activity.getText();
        }
        return text == null ? "" : text.replaceAll("<at>[^<]*</at>", " ").strip();
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
