package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a long message is cut into windows for the risk screen. */
class LongMessagesTest {

    @Test
    void everySentenceStartsAWindowAndIsSeenWholeWithTheSentencesThatFit() {
        String text = "First we met. The child told me something worrying! Was it about home?\nNew line here. Last one.";

        List<String> windows = LongMessages.windows(text);

        assertThat(windows).containsExactly(
                "First we met. The child told me something worrying! Was it about home? New line here. Last one.",
                "The child told me something worrying! Was it about home? New line here. Last one.",
                "Was it about home? New line here. Last one.", "New line here. Last one.", "Last one.");
    }

    @Test
    void noWindowIsLongerThanTheScreenReadsAndEveryShortSentenceIsInOneWhole() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 8_000; i++) {
            text.append("Sentence number ").append(i).append(" is about circles and ").append("words ".repeat(i % 40))
                    .append(". ");
        }
        List<String> windows = LongMessages.windows(text.toString());

        assertThat(windows).allMatch(window -> window.length() <= LongMessages.WINDOW);
        for (String sentence : text.toString().split("(?<=\\.) ")) {
            assertThat(windows).anyMatch(window -> window.startsWith(sentence.strip()));
        }
    }

    @Test
    void aLongTextWithoutStopsIsCutIntoOverlappingPieces() {
        String text = numberedWords(3_000);

        List<String> windows = LongMessages.windows(text);

        assertThat(windows).allMatch(window -> window.length() <= LongMessages.WINDOW);
        for (int start = 0; start + LongMessages.OVERLAP <= text.strip().length(); start += 7) {
            String stretch = text.substring(start, start + LongMessages.OVERLAP);
            assertThat(windows).as("from %d", start).anyMatch(window -> window.contains(stretch));
        }
    }

    @Test
    void onlyTheFirstTwelveThousandCharactersAreScreened() {
        String text = numberedWords(LongMessages.SCREENED + 10_000);

        List<String> windows = LongMessages.windows(text);

        assertThat(text.substring(0, LongMessages.SCREENED)).endsWith(windows.get(windows.size() - 1));
        String beyond = text.substring(LongMessages.SCREENED, LongMessages.SCREENED + 40);
        assertThat(windows).noneMatch(window -> window.contains(beyond));
    }

    @Test
    void aWindowNeverSplitsAnEmojiInHalf() {
        String text = "🙂".repeat(3_000);

        for (String window : LongMessages.windows(text)) {
            assertThat(Character.isLowSurrogate(window.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(window.charAt(window.length() - 1))).isFalse();
        }
    }

    @Test
    void aMessageIsLongFromOneThousandAndOneCharacters() {
        assertThat(LongMessages.isLong("a".repeat(LongMessages.LONGEST_QUESTION))).isFalse();
        assertThat(LongMessages.isLong("a".repeat(LongMessages.LONGEST_QUESTION + 1))).isTrue();
    }

    private static String numberedWords(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append("word").append(i).append(' ');
        }
        return text.toString();
    }
}
