package uk.gov.devon.rpassistant.experts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question sent to a practice lead, and what became of it.
 *
 * @param askerKey a pseudonym of the person who asked
 * @param askerConversationKey a pseudonym of their personal chat (its stored reference carries the answer back)
 * @param question the question, already checked for case details
 * @param topic the knowledge base's topic the bot guessed for it (used to route it)
 * @param nearest the documents closest to it, best first
 * @param channelId the experts' channel it was sent to
 * @param cardActivityId the id of the card posted there, once posted
 */
public record ExpertQuestion(String id, Instant askedAt, String askerKey, String askerConversationKey, String question,
        Optional<String> note, Optional<String> topic, List<NearestDocument> nearest, String channelId,
        Optional<String> cardActivityId, Status status, Optional<Claim> claim, Optional<String> answer,
        Optional<Instant> answeredAt, Optional<Instant> remindedAt, Optional<Boolean> helpful) {

    public enum Status { OPEN, CLAIMED, ANSWERED }

    /** Who took the question (their display name, and a pseudonym to check that a reply is theirs) and when. */
    public record Claim(String name, String key, Instant at) {
    }

    /** A document of the knowledge base close to the question. */
    public record NearestDocument(String id, String title) {
    }

    public ExpertQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        nearest = List.copyOf(nearest);
    }

    /** A new question, not yet posted. */
    public static ExpertQuestion asked(String id, Instant at, String askerKey, String askerConversationKey,
            String question, Optional<String> note, Optional<String> topic, List<NearestDocument> nearest,
            String channelId) {
        return new ExpertQuestion(id, at, askerKey, askerConversationKey, question, note, topic, nearest, channelId,
                Optional.empty(), Status.OPEN, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
