package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowBoxesTest {

    @Test
    void aBoxInCapitalsIsSearchedByItsNameAndTheWindow() {
        assertThat(WindowBoxes.named("my supervisor feels very TO. is RP supposed to change that"))
                .hasValue("punitive: social discipline window");
        assertThat(WindowBoxes.named("what's FOR and what should i be aiming for instead"))
                .hasValue("permissive: social discipline window");
        assertThat(WindowBoxes.named("TO FOR NOT WITH ??"))
                .hasValue("punitive, permissive, neglectful: social discipline window");
        assertThat(WindowBoxes.named("TO/FOR/NOT - which is which?"))
                .hasValue("punitive, permissive, neglectful: social discipline window");
    }

    @Test
    void ordinaryWordsWithAndShoutingAreLeftAsTheyAre() {
        assertThat(WindowBoxes.named("how do I book on to the course for new starters")).isEmpty();
        assertThat(WindowBoxes.named("what does working WITH families mean")).isEmpty();
        assertThat(WindowBoxes.named("WHO DO I TALK TO ABOUT TRAINING")).isEmpty();
        assertThat(WindowBoxes.named("TOtally lost, NOTes from the course?")).isEmpty();
    }

    @Test
    void aSituationAskedAboutTheWindowIsSearchedWithTheWindowsName() {
        assertThat(WindowBoxes.named("staff ignore the kids and sit on their phones. whats the window word for that"))
                .hasValue("social discipline window");
        assertThat(WindowBoxes.named("laying down the law to dad with no support, that's which quadrant"))
                .hasValue("social discipline window");
        assertThat(WindowBoxes.named("is doing it all for mum in the FOR box or which box"))
                .hasValue("permissive: social discipline window");
    }

    @Test
    void aWindowThatIsOnlyAWindowIsLeftAlone() {
        assertThat(WindowBoxes.named("teen threw eggs at an old lady's window, RJ questions for her?")).isEmpty();
        assertThat(WindowBoxes.named("is there a window for booking the MI course")).isEmpty();
    }
}
