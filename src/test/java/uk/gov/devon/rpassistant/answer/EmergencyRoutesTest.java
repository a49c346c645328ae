package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.devon.rpassistant.knowledge.BankHolidays;
import uk.gov.devon.rpassistant.knowledge.Contact;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBaseLoader;

/** The route open now comes first, by Devon's clock: the bundled contacts and bank holidays, a fixed clock. */
class EmergencyRoutesTest {

    static final Path KNOWLEDGE_BASE = Path.of("knowledge-base");
    static final List<Contact> CONTACTS = new KnowledgeBaseLoader().load(KNOWLEDGE_BASE).contacts();

    @ParameterizedTest(name = "{0} in Devon: {1} first")
    @CsvSource({
            "2026-12-01T10:00, front-door",              // a Tuesday morning
            "2026-12-04T15:55, front-door",              // Friday, before the Front Door closes at 4pm
            "2026-12-04T16:55, emergency-duty-service",  // Friday at 4:55pm: closed since 4pm
            "2026-12-03T16:55, front-door",              // Thursday at 4:55pm: open until 5pm
            "2026-12-03T17:00, emergency-duty-service",  // Thursday at 5pm: just closed
            "2026-12-01T08:59, emergency-duty-service",  // before 9am
            "2026-12-05T11:00, emergency-duty-service",  // Saturday
            "2026-12-28T11:00, emergency-duty-service",  // Monday, the Boxing Day substitute bank holiday
            "2027-06-01T09:30, front-door",              // British Summer Time: 08:30 UTC
    })
    void theRouteOpenNowComesRightAfterTheEmergencyNumber(String devonTime, String openFirst) {
        Clock clock = Clock.fixed(LocalDateTime.parse(devonTime).atZone(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("UTC"));
        List<Answer.Route> routes = new EmergencyRoutes(clock, BankHolidays.read(KNOWLEDGE_BASE)).now(CONTACTS);

        assertThat(routes).extracting(route -> route.contact().id())
                .containsExactly("police-emergency", openFirst, openFirst.equals("front-door")
                        ? "emergency-duty-service" : "front-door");
        assertThat(routes.get(1).openNow()).isTrue();
        assertThat(routes.get(2).openNow()).isFalse();
    }
}
