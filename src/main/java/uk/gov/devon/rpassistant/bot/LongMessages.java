package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.schema.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.answer.Reply;
import uk.gov.devon.rpassistant.safety.RiskLevel;
import uk.gov.devon.rpassistant.safety.RiskScreen;

/**
 * A message too long to be a question: over 1,000 characters, a pasted document or case note rather than a
 * sentence or two. It is not answered (the search reads a question's first 300 characters, so an answer would come
 * from wherever the paste happened to begin); a polite card asks for the question in a sentence or two.
 * <p>
 * It is screened for risk all the same, and more closely than a question: its first 12,000 characters (a few pages)
 * in windows of whole sentences of up to 300 characters, one starting at each sentence. That is the length of the
 * messages the risk classifier was trained on; one embedding of the whole text would average a disclosure away.
 * With a risk message from the blind safety set put in the middle of a knowledge-base document, windows of whole
 * sentences routed 115 of 123 (development half) and 120 of 122 (test half), fixed 500-character windows 75 of
 * 122. The price is false alarms: 11 of the 37 documents longer than 1,000 characters, pasted as they are, get the
 * routes (they discuss harm and safeguarding). The first window the screen flags gets the emergency routes card,
 * with the request to ask shorter under it. Short windows also keep the screen fast: some phrase-list expressions
 * backtrack in time that grows with the cube of the text's length (4,000 characters built to provoke them took
 * 7 s; a 100,000-character message ran past the request's 30 s timeout). Measured on a shared two-core machine
 * (load 3 to 7): 12,000 characters of prose, 138 windows, took 0.6 to 2.5 s, while a question took 0.07 to 0.25 s.
 */
@Component
class LongMessages {

    /** The longest message answered as a question. */
    static final int LONGEST_QUESTION = 1_000;
    /** The longest window the screen sees, and by how much the pieces of a longer sentence overlap. */
    static final int WINDOW = 300;
    static final int OVERLAP = 100;
    /** How much of a long message is screened. */
    static final int SCREENED = 12_000;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");

    static final String HEADING = "That's a long message";
    static final String ASK_SHORTER = "I answer questions of a sentence or two, so I haven't tried to answer this "
            + "one. Please ask again in a sentence or two, for example:";
    static final String NOT_ANSWERED = "Your message was long, so I haven't tried to answer it. To ask me something, "
            + "please write it in a sentence or two.";

    private final RiskScreen riskScreen;
    private final AnsweringService answers;
    private final AnswerCards answerCards;

    LongMessages(RiskScreen riskScreen, AnsweringService answers, AnswerCards answerCards) {
        this.riskScreen = riskScreen;
        this.answers = answers;
        this.answerCards = answerCards;
    }

    static boolean isLong(String text) {
        return text.length() > LONGEST_QUESTION;
    }

    /** The emergency routes if any part of the message may describe a child at risk; else a request to ask shorter. */
    Attachment reply(String text, boolean personalChat) {
        for (String window : windows(text)) {
            if (riskScreen.assessAsAWhole(window) == RiskLevel.NONE) {
                continue;
            }
            // The answering path screens the window again and chooses the routes that are open now.
            Reply reply = answers.reply(window);
            if (reply.answer() instanceof Answer.SafetyFirst safety) {
                return Cards.from(answerCards.routesAlone(safety, reply.caseDetailsReminder(), personalChat))
                        .text(NOT_ANSWERED, false).attachment();
            }
        }
        return askShorter();
    }

    /**
     * The screened start of the message as windows of whole sentences: one starting at each sentence, taking the
     * sentences after it while they fit in {@link #WINDOW} characters. A sentence longer than that is cut into
     * pieces that overlap by {@link #OVERLAP}.
     */
    static List<String> windows(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.substring(0, cut(text, SCREENED)))) {
            String trimmed = sentence.strip();
            for (int start = 0; start < trimmed.length(); ) {
                int stop = cut(trimmed, start + WINDOW);
                sentences.add(trimmed.substring(start, stop));
                start = stop >= trimmed.length() ? stop : cut(trimmed, stop - OVERLAP);
            }
        }
        List<String> windows = new ArrayList<>();
        for (int first = 0; first < sentences.size(); first++) {
            StringBuilder window = new StringBuilder(sentences.get(first));
            for (int next = first + 1; next < sentences.size()
                    && window.length() + 1 + sentences.get(next).length() <= WINDOW; next++) {
                window.append(' ').append(sentences.get(next));
            }
            windows.add(window.toString());
        }
        return windows;
    }

    /** Where to cut the text at or before {@code at}, never between the two halves of an emoji. */
    private static int cut(String text, int at) {
        if (at >= text.length()) {
            return text.length();
        }
        return at > 0 && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }

    private static Attachment askShorter() {
        Cards card = new Cards(HEADING + ". " + ASK_SHORTER);
        card.heading(HEADING).text(ASK_SHORTER, false).choices(MenuCards.exampleButtons())
                .text(MenuCards.NOT_A_REFERRAL, true);
        return card.attachment();
    }
}
