package uk.gov.devon.rpassistant.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseDetailsTest {

    final CaseDetails caseDetails = new CaseDetails();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jayden Smith DOB 12/03/2015 how do I explain the plan                | 12/03/2015
            born on 3rd March 2015, what should I ask him                         | 3rd March 2015
            NHS number 943 476 5919 and mum is angry                              | 943 476 5919
            NHS 9434765919                                                        | 9434765919
            they live at EX2 4QD, how do I run a circle                           | EX2 4QD
            family at 14 Acacia Avenue need an FGC                                | 14 Acacia Avenue
            mum's mobile is 07700 900123 can you help                             | 07700 900123
            call her on +44 7700 900123                                           | +44 7700 900123
            case ref 1234567 restorative questions                                | 1234567
            Mosaic id: AB-123456 what now                                         | AB-123456
            email dad at someone.parent@example.com about the meeting             | someone.parent@example.com
            nan's landline is (01392) 275 118, can she come to the FGC            | (01392) 275 118
            file 22/CP/00871 says an FGC was offered                              | 22/CP/00871
            """)
    void personalDataIsFoundAndTakenOut(String message, String personal) {
        assertThat(caseDetails.found(message)).isTrue();
        assertThat(caseDetails.redact(message)).doesNotContain(personal).contains("[removed]");
        assertThat(caseDetails.remove(message)).doesNotContain(personal).doesNotContain("[removed]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "what are the restorative questions?",
        "what is the social discipline window",
        "if a child is in danger do I call 999",
        "how do I use OARS with a parent in year 2 of a plan",
        "what does DARN-CAT stand for",
        "Signs of Safety uses a 0 to 10 scale",
        "what happened in Leeds between 2009 and 2016",
        ""})
    void ordinaryQuestionsAreLeftAlone(String message) {
        assertThat(caseDetails.found(message)).isFalse();
        assertThat(caseDetails.redact(message)).isEqualTo(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is fair process? NHS 943 476 5919 at EX2 4QD"})
    void theQuestionSurvivesRedaction(String message) {
        assertThat(caseDetails.remove(message)).startsWith("what is fair process?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0345 155 1071 - who is that?", "is 03451551071 the mash", "rang +44 345 155 1071 today"})
    void theServicesOwnPublishedNumbersAreNotCaseDetails(String message) {
        CaseDetails withPublished = new CaseDetails(() -> List.of("0345 155 1071", "0345 6000 388", "999"));
        assertThat(withPublished.found(message)).isFalse();
        assertThat(withPublished.redact(message)).isEqualTo(message);
        assertThat(caseDetails.found(message)).isTrue();
    }

    @Test
    void aFamilysNumberBesideAPublishedOneIsStillTakenOut() {
        CaseDetails withPublished = new CaseDetails(() -> List.of("0345 155 1071"));
        String message = "mum (07700 900123) says she rang 0345 155 1071 twice";
        assertThat(withPublished.found(message)).isTrue();
        assertThat(withPublished.redact(message)).doesNotContain("07700 900123").contains("0345 155 1071");
    }
}
