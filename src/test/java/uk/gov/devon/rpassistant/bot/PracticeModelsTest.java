package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The practice models staff most need to get right are answered, through the bot over HTTP, in the words of the
 * sources: the social discipline window's four boxes with their axes (control and support, never "high
 * challenge" for the TO box), fair process's three principles wherever a page explains it (including the page on
 * using RP and MI together), and the out-of-hours route with the Front Door's hours, each in one reply.
 */
class PracticeModelsTest extends BotHttpTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what is the social discipline window", "social discipline window"})
    void theSocialDisciplineWindowIsAnsweredWithItsFourBoxesAndTheirAxes(String question) throws Exception {
        String answer = answerTo(question);

        assertThat(box(answer, "TO")).contains("high control", "low support", "punitive");
        assertThat(box(answer, "FOR")).contains("high support", "low control", "permissive");
        assertThat(box(answer, "NOT")).contains("neglectful");
        assertThat(box(answer, "WITH")).contains("high control", "high support", "restorative");
        assertThat(answer.toLowerCase(Locale.ROOT)).as("the window's axis is control, not challenge")
                .doesNotContain("high challenge, low support", "high support, low challenge");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what is fair process", "what are the three principles of fair process",
            "fair process and MI on a home visit"})
    void fairProcessIsAnsweredWithItsThreePrinciples(String question) throws Exception {
        String answer = answerTo(question).toLowerCase(Locale.ROOT);

        assertThat(answer).contains("engagement", "explanation", "expectation clarity");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"when is EDS open", "when does out of hours start"})
    void anOutOfHoursQuestionIsAnsweredWithTheFrontDoorsHoursInOneReply(String question) throws Exception {
        String answer = answerTo(question);

        assertThat(answer).contains("Emergency Duty Service", "9am", "5pm", "4pm");
    }

    /** Everything the one card of the bot's reply says. */
    private String answerTo(String question) throws Exception {
        post(activities.personalMessage(question));
        return String.join("\n", texts(onlyCard()));
    }

    /**
     * What the answer says about one box of the window: each stretch of text from the box's name to the next box's
     * name or the end of the line ("- TO: high control, ..." in a list, or "TO is punitive (high control, low
     * support), FOR is ..." in a sentence), joined.
     */
    private static String box(String answer, String name) {
        Matcher stretch = Pattern.compile("\\b" + name + "\\b(.*?)(?=\\b(?:TO|FOR|NOT|WITH)\\b|\\n|$)").matcher(answer);
        List<String> parts = stretch.results().map(result -> result.group().toLowerCase(Locale.ROOT)).toList();
        assertThat(parts).as("the %s box in:%n%s", name, answer).isNotEmpty();
        return String.join(" ", parts);
    }
}
