package uk.gov.devon.rpassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClausesTest {

    @Test
    void aLongMessageIsSearchedSentenceBySentenceAsWell() {
        assertThat(Clauses.of("carer's been fostering 15 yrs, very old school. YP swore at her and she took his phone."
                + " how do I explain what devon means by restorative?"))
                .containsExactly("carer's been fostering 15 yrs, very old school.", "YP swore at her and she took his phone.",
                        "how do I explain what devon means by restorative?");
        assertThat(Clauses.of("on my lunch in the car - dad keeps saying he'll sort the drinking later - is there an MI way"))
                .containsExactly("on my lunch in the car", "dad keeps saying he'll sort the drinking later",
                        "is there an MI way");
    }

    @Test
    void aShortMessageOrOneSentenceIsSearchedWhole() {
        assertThat(Clauses.of("what is fair process? and who runs it?")).isEmpty();
        assertThat(Clauses.of("how do i stop myself jumping in with solutions when mum tells me all her problems")).isEmpty();
    }

    @Test
    void fragmentsAreLeftOutAndOnlyTheLastFewSentencesCount() {
        assertThat(Clauses.of("Hi. Quick one. I'm new to the team this week. What is the social discipline window about?"))
                .containsExactly("I'm new to the team this week.", "What is the social discipline window about?");
        assertThat(Clauses.of("one two three. four five six. seven eight nine. ten eleven twelve. thirteen fourteen fifteen."))
                .hasSize(Clauses.MOST).startsWith("four five six.");
    }
}
