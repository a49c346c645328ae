package uk.gov.devon.rpassistant.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The restorative questions come in two sets, and "the person who was harmed" and "the person who caused harm" are
 * a word apart: the search alone can take one set for the other ("what are the questions for the person who was
 * harmed", "RJ-style questions for the victim?"). A question that asks for the restorative questions and names
 * only one side is searched with that set's name beside it; one that names both sides is left as it is.
 */
final class WhoseQuestions {

    static final String AFFECTED = "questions for those affected, the person harmed";
    static final String CAUSED = "questions for the person who caused harm";

    private static final Pattern RESTORATIVE = Pattern.compile("\\b(restorative|rj|rqs?|rp)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTIONS = Pattern.compile("\\b(questions?|qs|rqs?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HARMED = Pattern.compile(
            "\\b(harmed|victims?|affected|got hurt|was hurt|been hurt|hurt by|on the receiving end)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Who has been affected?" is itself one of the questions for the person who caused harm. */
    private static final Pattern WHO_AFFECTED = Pattern.compile(
            "\\bwho(\\s*[’']?s| has| have| was| is) been affected\\b|\\bwho was affected\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAUSED_HARM = Pattern.compile(
            "\\b(caused|causing|did (it|the harm|this|that)|wrongdoers?|harmers?|perpetrators?|who hurt|who did"
                    + "|challenging behaviour)\\b",
            Pattern.CASE_INSENSITIVE);

    private WhoseQuestions() {
    }

    /** The set's name to search with beside a question that asks for the questions of one side only. */
    static Optional<String> added(String question) {
        if (question == null || !RESTORATIVE.matcher(question).find() || !QUESTIONS.matcher(question).find()) {
            return Optional.empty();
        }
        boolean harmed = HARMED.matcher(WHO_AFFECTED.matcher(question).replaceAll(" ")).find();
        boolean caused = CAUSED_HARM.matcher(question).find();
        if (harmed == caused) {
            return Optional.empty();
        }
        return Optional.of(harmed ? AFFECTED : CAUSED);
    }
}
