package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainWordsTest {

    @Test
    void aContractionTypedWithoutItsApostropheReadsAsOneTypedWithIt() {
        assertThat(PlainWords.of("Youre great, thats all")).isEqualTo(PlainWords.of("You're great, that's all"))
                .isEqualTo("you re great that s all");
        assertThat(PlainWords.of("I didnt get it")).isEqualTo("i didn t get it");
    }

    @Test
    void wordsThatAreWordsOfTheirOwnAreLeftAlone() {
        assertThat(PlainWords.of("its well past five, I wont wait")).isEqualTo("its well past five i wont wait");
        assertThat(PlainWords.of("  ")).isEmpty();
        assertThat(PlainWords.of(null)).isEmpty();
    }
}
