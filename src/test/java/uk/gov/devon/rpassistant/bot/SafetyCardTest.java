package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.Reply;
import uk.gov.devon.rpassistant.knowledge.Contact;

/**
 * The emergency card over real HTTP at 4:55pm on a Friday in Devon (the Front Door closed at 4pm): 999 first, then
 * the Emergency Duty Service as the route open now, with nothing before them.
 */
@Import(SafetyCardTest.FridayAfternoon.class)
class SafetyCardTest extends BotHttpTest {

    @TestConfiguration
    static class FridayAfternoon {
        @Bean
        @Primary
        Clock fridayAt1655() {
            return Clock.fixed(LocalDateTime.parse("2026-12-04T16:55").atZone(ZoneId.of("Europe/London")).toInstant(),
                    ZoneId.of("UTC"));
        }
    }

    @Test
    void onAFridayAfternoonTheOutOfHoursRouteComesFirstAfter999() throws Exception {
        post(activities.personalMessage("its friday 4.55 and a 13 year old has just told me her mum's boyfriend "
                + "hit her and she's scared to go home"));

        List<String> lines = texts(onlyCard());
        assertThat(lines.get(0)).isEqualTo(SafetyCards.HEADING);
        assertThat(lines.get(1)).startsWith("**Open now.** **Emergency Duty Service (EDS)**").contains("0345")
                .contains("when the Front Door is closed");
        assertThat(lines.get(2)).startsWith("**Front Door").doesNotContain("Open now").contains("Friday 9am to 4pm");
        assertThat(String.join(" ", lines)).doesNotContain("Your question");
    }

    @Test
    void aPossibleRiskShowsTheRoutesBrieflyFirstAndThenTheAnswerToThePracticeQuestion() {
        Contact police = new Contact("police-emergency", "Police (emergency)", "A child at immediate risk", "", "999",
                "Any time", "", "", false);
        Contact eds = new Contact("emergency-duty-service", "Emergency Duty Service (EDS)", "Out of hours", "",
                "0345 6000 388", "When the Front Door is closed", "", "", true);
        Answer.Found found = new Answer.Found("fair-process", "Fair process", "Fair process",
                "Fair process has three parts.", List.of(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), new Answer.Freshness("Restorative practice lead", null, null, false));

        List<String> lines = RenderedReply.lines(new Reply(new Answer.SafetyFirst(
                List.of(new Answer.Route(police, true), new Answer.Route(eds, true)), Optional.of(found), false), false));

        assertThat(lines.get(0)).isEqualTo(SafetyCards.HEADING);
        // Above an answer, a route is its name and number only: a false alarm costs a few short lines.
        assertThat(lines.get(1)).isEqualTo("**Open now.** **Emergency Duty Service (EDS)**: call "
                + "[0345\u00A06000\u00A0388](tel:03456000388) " + ContactText.VERIFY + ".");
        assertThat(lines).contains("**Your question**", "Fair process has three parts.");
        assertThat(lines.indexOf("Fair process has three parts.")).isGreaterThan(lines.indexOf("**Your question**"));
    }

    @Test
    void aPossibleRiskInSmallTalkGetsTheShortRoutesAndNoPleasantry() {
        Contact eds = new Contact("emergency-duty-service", "Emergency Duty Service (EDS)", "Out of hours", "",
                "0345 6000 388", "When the Front Door is closed", "", "", false);

        List<String> possible = RenderedReply.lines(new Reply(new Answer.SafetyFirst(
                List.of(new Answer.Route(eds, true)), Optional.empty(), false), false));
        List<String> clear = RenderedReply.lines(new Reply(new Answer.SafetyFirst(
                List.of(new Answer.Route(eds, true)), Optional.empty(), true), false));

        assertThat(possible.get(1)).isEqualTo("**Open now.** **Emergency Duty Service (EDS)**: call "
                + "[0345\u00A06000\u00A0388](tel:03456000388).");
        assertThat(clear.get(1)).contains("Out of hours", "When the Front Door is closed");
        assertThat(possible).contains("Please don't type a child's or family's details here.")
                .noneMatch(line -> line.contains("Your question"));
    }

    @Test
    void aClearRisksRoutesStandAlone() {
        assertThatThrownBy(() -> new Answer.SafetyFirst(List.of(), Optional.of(new Answer.SmallTalk("Hello")), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnswerFromAPagePastItsReviewDateSaysItMayBeOutOfDateAndWhoToAsk() {
        Answer.Found stale = new Answer.Found("fair-process", "Fair process", "Fair process", "Text.", List.of(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), new Answer.Freshness(
                        "Restorative practice lead, Children's Services", java.time.LocalDate.parse("2025-01-01"),
                        java.time.LocalDate.parse("2025-06-30"), true));

        List<String> lines = RenderedReply.lines(new Reply(stale, false));

        assertThat(lines).anyMatch(line -> line.contains("Kept by the Restorative practice lead, Children's "
                + "Services; last reviewed 1 January 2025"));
        assertThat(lines).anyMatch(line -> line.contains("due for review on 30 June 2025")
                && line.contains("may be out of date") && line.contains("Check with the Restorative practice lead"));
    }

}
