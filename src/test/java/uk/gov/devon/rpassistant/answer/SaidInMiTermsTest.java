package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaidInMiTermsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dad said \"i'll phone the housing office tomorrow, promise\". what's that in MI terms",
            "'i want to stop drinking so much' = which DARN",
            "carer keeps saying 'i want a break' but never takes one. what's that in MI language",
            "mum told me she has to move before winter, which bit of darn cat is that",
            "YP says “im going to college monday”. what kind of change talk is that"})
    void somethingSaidAskedAboutInMiTermsIsSearchedWithMisNamesForIt(String question) {
        assertThat(SaidInMiTerms.added(question)).hasValue(SaidInMiTerms.ADDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what does DARN CAT stand for", "how do I use MI terms in my case notes",
            "mum said she's struggling, any MI tips", "what's the C in DARN-CAT",
            "in MI terms what is evocation"})
    void questionsThatQuoteNobodyOrAskNoMiNameAreLeftAlone(String question) {
        assertThat(SaidInMiTerms.added(question)).isEmpty();
    }
}
