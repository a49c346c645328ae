package uk.gov.devon.rpassistant.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff quote what a parent said and ask what it is in Motivational Interviewing: "dad said 'i'll ring the drug
 * service tomorrow, i promise'. what's that in MI terms", "'i want to stop getting arrested' = which DARN". The quoted
 * words pull the search towards their own subject (drugs, arrests, smoking), so such a question is searched with MI's
 * names for what people say about change beside it: change talk, sustain talk, DARN-CAT.
 */
final class SaidInMiTerms {

    static final String ADDED = "change talk or sustain talk: DARN-CAT";

    private static final Pattern ASKS_THE_MI_NAME = Pattern.compile(
            "\\b(in mi (terms|language|speak|words)|mi[- ]?wise|(what|which|the) mi (term|word|name)"
                    + "|mi (term|word|name) for (that|this|it)|which (bit|part|type|kind|one|letter) of darn|which darn"
                    + "|darn[- ]?cat (is|was) (that|this|it)|what (kind|type|sort) of (change )?talk"
                    + "|is (that|this|it) (change|sustain) talk)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAID = Pattern.compile(
            "[\"“”‘]|(^|\\s)'\\w|\\b(said|says|saying|told me|tells me|keeps going on)\\b",
            Pattern.CASE_INSENSITIVE);

    private SaidInMiTerms() {
    }

    /** The words to search with beside a question that asks the MI name for something a person said. */
    static Optional<String> added(String question) {
        if (question == null || !ASKS_THE_MI_NAME.matcher(question).find() || !SAID.matcher(question).find()) {
            return Optional.empty();
        }
        return Optional.of(ADDED);
    }
}
