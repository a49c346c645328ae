package uk.gov.devon.rpassistant.state;

/**
 * A conversation the bot can write to later.
 *
 * @param conversationKey a pseudonym of the conversation id
 * @param userKey a pseudonym of the person's id
 * @param scope personal, group or channel
 * @param reference the conversation reference as JSON, with names taken out
 */
public record StoredConversation(String conversationKey, String userKey, String scope, String reference) {
}
