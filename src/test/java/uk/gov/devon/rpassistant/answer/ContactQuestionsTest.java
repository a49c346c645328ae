package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBaseLoader;

/** Contacts asked for in staff's own words, from the bundled contacts file and its other names. */
class ContactQuestionsTest {

    static final ContactQuestions CONTACTS = new ContactQuestions(
            new KnowledgeBaseLoader().load(Path.of("knowledge-base")).contacts());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "number for the MASH?|front-door",
            "EDS no.?|emergency-duty-service",
            "who do i ring out of hours|emergency-duty-service",
            "who do i email about RP courses|social-work-academy",
            "how do I book MI training|social-work-academy",
            "how do i get an FGC for a family|fgc-plus",
            "where can i find the sharepoint|restorative-sharepoint",
            "who do i call at the weekend|emergency-duty-service",
            "daytime safeguarding line?|front-door",
            "what time does the mash shut on a friday|front-door",
            "who do i call after 5|emergency-duty-service",
            "what number do you ring on christmas day for childrens social care|emergency-duty-service",
            "who do i ring at 7pm about a child|emergency-duty-service",
            "who do I call at 10.30am about a worry|front-door",
            "is the MASH still open at 4.30 on a friday|emergency-duty-service",
            "is the front door still open at 4.30 on a thursday|front-door",
            "what number at 11am on boxing day|emergency-duty-service",
            "who do i ring at midnight|emergency-duty-service",
            "who's on call for children's social care on boxing day|emergency-duty-service",
            "who covers the safeguarding line on new years day|emergency-duty-service",
            "is it still 0845 for the out of hours team?|emergency-duty-service",
            "0345 155 1071 - is that the mash?|front-door",
    })
    void aContactAskedForInOtherWordsIsFound(String question, String contactId) {
        assertThat(CONTACTS.ask(question).contacts()).first().extracting(contact -> contact.id())
                .isEqualTo(contactId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plymouth front door number", "torbay MASH phone?", "email address for mark finnis"})
    void detailsOfSomeoneTheFileDoesNotHoldAreNotGuessed(String question) {
        ContactQuestions.Asked asked = CONTACTS.ask(question);
        assertThat(asked.contacts()).isEmpty();
        assertThat(asked.unknownDetails()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is the MASH", "what is fair process", "tell me about family group conferences",
            "what time is the staff christmas party", "what time does the RP session start on boxing day",
            "can you book me a room at county hall for tuesday"})
    void aQuestionThatDoesNotAskHowToReachSomeoneIsLeftToTheSearch(String question) {
        assertThat(CONTACTS.ask(question)).isEqualTo(ContactQuestions.Asked.NOTHING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"send an email to the team about the weekend away day",
            "email me a reminder about tonight's circle training", "booking the room for the easter party"})
    void aTimeNamedInAQuestionNotAboutCallingIsNotTheOutOfHoursLine(String question) {
        assertThat(CONTACTS.ask(question).contacts()).extracting(contact -> contact.id())
                .doesNotContain("emergency-duty-service");
    }

    @Test
    void aNumberTypedToBeCheckedAsksForTheLinesDetails() {
        assertThat(CONTACTS.ask("is it still 0845 for EDS").details()).isTrue();
        assertThat(CONTACTS.ask("what happened in 2009 in leeds")).isEqualTo(ContactQuestions.Asked.NOTHING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"exactly what time does EDS take over on a friday", "what time does the mash close"})
    void whatTimeAboutALineAsksForTheLines(String question) {
        assertThat(CONTACTS.ask(question).contacts()).extracting(contact -> contact.id())
                .containsAnyOf("emergency-duty-service", "front-door");
    }
}
