package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowBoxesTest {

    @Test
    void aBoxInCapitalsIsSearchedByItsNameAndTheWindow() {
        assertThat(WindowBoxes.searchable("my supervisor feels very TO. is RP supposed to change that"))
                .endsWith("(punitive: social discipline window)");
        assertThat(WindowBoxes.searchable("what's FOR and what should i be aiming for instead"))
                .isEqualTo("what's FOR and what should i be aiming for instead (permissive: social discipline window)");
        assertThat(WindowBoxes.searchable("TO FOR NOT WITH ??"))
                .endsWith("(punitive, permissive, neglectful: social discipline window)");
        assertThat(WindowBoxes.searchable("TO/FOR/NOT - which is which?"))
                .endsWith("(punitive, permissive, neglectful: social discipline window)");
    }

    @Test
    void ordinaryWordsWithAndShoutingAreLeftAsTheyAre() {
        assertThat(WindowBoxes.searchable("how do I book on to the course for new starters"))
                .isEqualTo("how do I book on to the course for new starters");
        assertThat(WindowBoxes.searchable("what does working WITH families mean"))
                .isEqualTo("what does working WITH families mean");
        assertThat(WindowBoxes.searchable("WHO DO I TALK TO ABOUT TRAINING")).isEqualTo("WHO DO I TALK TO ABOUT TRAINING");
        assertThat(WindowBoxes.searchable("TOtally lost, NOTes from the course?")).isEqualTo("TOtally lost, NOTes from the course?");
    }
}
