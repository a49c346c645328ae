package uk.gov.devon.rpassistant.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.gov.devon.rpassistant.knowledge.EmbeddingCache;
import uk.gov.devon.rpassistant.knowledge.TextClassifier;
import uk.gov.devon.rpassistant.knowledge.TextEmbedder;

/**
 * Thanks, greetings, goodbyes and questions about the assistant itself get a short, friendly reply without a
 * search. Only a message that is nothing but small talk is answered here; "hi, what is fair process?" is a
 * question with a greeting in front, and {@link #withoutGreeting} leaves the question. Rules catch the usual
 * wordings; a short message close in meaning to one of the examples in {@code answer/small-talk.tsv} (each
 * numbered by the rule whose reply it gets) catches more; and the chat screen, a classifier trained on 850 small
 * talk messages and a few thousand short questions ({@code answer/chat-training.tsv}), catches the rest with a
 * general reply.
 */
final class SmallTalk {

    /** Shortest and longest message (in words) that the meaning look-up considers small talk. */
    static final int MOST_WORDS = 8;
    /**
     * How close in meaning to an example a short message must be to count as small talk. 0.58 (was 0.62) with more
     * examples: on a list of 300 chat messages and 100 short questions written blind, the half not used for the
     * examples went from 68% to 75% answered, and no question on it or on any development half became small talk;
     * at 0.50, "who do I ring out of hours" did.
     */
    static final double SIMILARITY = 0.58;
    /**
     * The same for e5-small-v2, whose similarities run higher: kept for comparison. On the situations set's and the
     * blind safety set's development halves, no short question not taken by a rule came closer than 0.886, and
     * "thanks thats really helpful!" came at 0.930.
     */
    static final double SIMILARITY_E5 = 0.90;

    /** The longest message (in words) the chat screen considers: its training messages are 1 to 12 words. */
    static final int MOST_WORDS_SCREENED = 12;
    /**
     * The chat screen's probability from which a message is small talk. On every development half (2,500 messages)
     * no question, contact or out-of-scope message of at most 12 words scored above 0.57 ("whats the thing you pass
     * round so only one person talks"); 0.80 leaves room, and still takes 267 of the 330 small talk messages (most
     * of which the rules take first).
     */
    static final double CHAT = 0.80;
    /** For the other models, kept for comparison: the screen is trained for them but not calibrated. */
    static final double CHAT_UNCALIBRATED = 0.90;
    /** The classifier's resource name, before the model: {@code answer/chat-<model>.tsv}. */
    static final String CHAT_SCREEN = "answer/chat";
    /** The reply to small talk that no rule or example matched: true of any of it, from thanks to a long day. */
    static final String GENERAL_REPLY = "I'm here whenever you need me. Ask me anything about restorative practice, "
            + "or type **topics** to browse.";

    /** How close a short message must be to an example, for a model (by {@code TextEmbedder.queryModelId()}). */
    static double similarityFor(String queryModelId) {
        return queryModelId.startsWith("e5-small") ? SIMILARITY_E5 : SIMILARITY;
    }

    private static final Pattern GREETING = Pattern.compile(
            "^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|morning|afternoon)(?: there)?\\b[\\s,!.:;-]*",
            Pattern.CASE_INSENSITIVE);

    private final List<float[]> exampleVectors;
    private final List<String> exampleReplies;
    private final double similarity;
    private final TextClassifier chatScreen;
    private final double chat;

    /** With the examples' meanings ({@code answer/small-talk.tsv}), for small talk that no rule was written for. */
    SmallTalk(TextEmbedder embedder, EmbeddingCache cache) {
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> replies = new ArrayList<>();
        for (String line : examples()) {
            String[] parts = line.split("\t", 2);
            int rule = Integer.parseInt(parts[0]);
            texts.put("e" + texts.size(), parts[1]);
            replies.add(SmallTalkRules.RULES.get(rule).reply());
        }
        Map<String, float[]> vectors = cache.vectors("small-talk", texts, embedder.asQueries());
        this.exampleVectors = texts.keySet().stream().map(vectors::get).toList();
        this.exampleReplies = List.copyOf(replies);
        this.similarity = similarityFor(embedder.queryModelId());
        this.chatScreen = TextClassifier.load(CHAT_SCREEN, embedder.queryModelId());
        this.chat = embedder.queryModelId().startsWith("all-minilm") ? CHAT : CHAT_UNCALIBRATED;
    }

    /** The reply when the whole message is small talk: by rule, or by meaning for a short message. */
    Optional<String> reply(String message, float[] meaning) {
        Optional<String> byRule = reply(message);
        int words = PlainWords.count(message);
        if (byRule.isPresent() || meaning == null || words > MOST_WORDS_SCREENED) {
            return byRule;
        }
        Optional<String> byExample = words > MOST_WORDS ? Optional.empty() : nearestExample(meaning);
        if (byExample.isPresent()) {
            return byExample;
        }
        return chatScreen.probability(message, meaning) >= chat ? Optional.of(GENERAL_REPLY) : Optional.empty();
    }

    private Optional<String> nearestExample(float[] meaning) {
        int best = -1;
        double bestSimilarity = similarity;
        for (int i = 0; i < exampleVectors.size(); i++) {
            double similarity = dot(meaning, exampleVectors.get(i));
            if (similarity >= bestSimilarity) {
                best = i;
                bestSimilarity = similarity;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(exampleReplies.get(best));
    }

    /** The reply when the whole message is small talk, by the rules alone. */
    static Optional<String> reply(String message) {
        String text = PlainWords.of(message);
        if (text.isEmpty() && message != null && message.codePoints().anyMatch(SmallTalk::isEmoji)) {
            return Optional.of(SmallTalkRules.RULES.get(0).reply());
        }
        return SmallTalkRules.reply(text, message != null && message.contains("?"));
    }

    /** The most words a message may have to count as plain chat ("i'm logging off now, bye"). */
    static final int PLAIN_CHAT_WORDS = 6;

    /**
     * Whether the message is a few words of chat that cannot describe a child at risk, so that the safety
     * classifier's doubt alone does not put the routes above the reply: a whole message of at most
     * {@link #PLAIN_CHAT_WORDS} words matched by a fixed rule. Never the open-ended thanks ("thanks for everything,
     * I won't need you anymore" can be a goodbye before self-harm), and never "help".
     */
    static boolean plainChat(String message) {
        String text = PlainWords.of(message);
        return !text.isEmpty() && PlainWords.count(message) <= PLAIN_CHAT_WORDS && SmallTalkRules.byRule(text)
                .filter(rule -> rule != SmallTalkRules.RULES.get(SmallTalkRules.WHAT_CAN_YOU_DO)).isPresent();
    }

    /** The message with a greeting in front taken off, so that the question after it is answered. */
    static String withoutGreeting(String message) {
        String rest = GREETING.matcher(message.strip()).replaceFirst("");
        return rest.isBlank() ? message : rest;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length && i < b.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static List<String> examples() {
        try (InputStream in = SmallTalk.class.getClassLoader().getResourceAsStream("answer/small-talk.tsv")) {
            if (in == null) {
                throw new IllegalStateException("answer/small-talk.tsv is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the small talk examples", e);
        }
    }

    /** A thumbs-up, a smile: a reaction typed as a message. */
    private static boolean isEmoji(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL || type == Character.SURROGATE;
    }

}
