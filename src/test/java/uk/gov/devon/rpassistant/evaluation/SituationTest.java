package uk.gov.devon.rpassistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The yardstick's judge reads a reply as a person would, and no more kindly. */
class SituationTest {

    private static Situation expecting(String... groups) {
        return new Situation("x1", Situation.Kind.ANSWERABLE, "duty-sw", "q",
                java.util.Arrays.stream(groups).map(group -> List.of(group.split("\\|"))).toList());
    }

    @Test
    void aPhraseIsSaidInOtherFormsOfItsWords() {
        Situation evocation = expecting("draw out|draws out|evok");
        assertThat(evocation.saidIn("It means drawing out the person's own ideas.")).isTrue();
        assertThat(evocation.saidIn("Evoking is the third process.")).isTrue();
        assertThat(evocation.saidIn("It means drawing a line under it and moving out.")).isFalse();
    }

    @Test
    void capitalsStandAsAWholeWordAndEveryGroupMustBeThere() {
        Situation window = expecting("FOR|permissive", "engag");
        assertThat(window.saidIn("That is the FOR box. Fair process starts with engagement.")).isTrue();
        assertThat(window.saidIn("That is the box for you. Fair process starts with engagement.")).isFalse();
        assertThat(window.saidIn("That is the FOR box.")).isFalse();
    }
}
