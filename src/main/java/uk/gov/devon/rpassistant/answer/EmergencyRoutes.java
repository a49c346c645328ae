package uk.gov.devon.rpassistant.answer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.devon.rpassistant.knowledge.BankHolidays;
import uk.gov.devon.rpassistant.knowledge.Contact;
import uk.gov.devon.rpassistant.knowledge.OpeningHours;

/**
 * The emergency routes in the order a worker needs them now: the police first (always open), then whichever of
 * the Front Door and the Emergency Duty Service is open at this moment in Devon (Europe/London), then the other.
 * The Front Door's hours come from {@code contacts.yaml}; bank holidays from {@code bank-holidays.txt}.
 */
final class EmergencyRoutes {

    static final ZoneId DEVON = ZoneId.of("Europe/London");
    static final String FRONT_DOOR = "front-door";
    static final String OUT_OF_HOURS = "emergency-duty-service";

    private final Clock clock;
    private final BankHolidays bankHolidays;

    EmergencyRoutes(Clock clock, BankHolidays bankHolidays) {
        this.clock = clock;
        this.bankHolidays = bankHolidays;
    }

    List<Answer.Route> now(List<Contact> contacts) {
        Optional<Contact> police = find(contacts, Answer.Route.POLICE);
        Optional<Contact> frontDoor = find(contacts, FRONT_DOOR);
        Optional<Contact> outOfHours = find(contacts, OUT_OF_HOURS);
        boolean frontDoorOpen = frontDoor.map(this::frontDoorOpen).orElse(false);
        List<Answer.Route> routes = new ArrayList<>();
        police.ifPresent(contact -> routes.add(new Answer.Route(contact, true)));
        if (frontDoorOpen) {
            frontDoor.ifPresent(contact -> routes.add(new Answer.Route(contact, true)));
            outOfHours.ifPresent(contact -> routes.add(new Answer.Route(contact, false)));
        } else {
            outOfHours.ifPresent(contact -> routes.add(new Answer.Route(contact, true)));
            frontDoor.ifPresent(contact -> routes.add(new Answer.Route(contact, false)));
        }
        return routes;
    }

    private boolean frontDoorOpen(Contact frontDoor) {
        LocalDateTime local = LocalDateTime.now(clock.withZone(DEVON));
        return !bankHolidays.contains(local.toLocalDate()) && openAt(frontDoor, local);
    }

    /** Whether the Front Door's hours in {@code contacts.yaml} cover this local time (bank holidays aside). */
    static boolean openAt(Contact frontDoor, LocalDateTime local) {
        return OpeningHours.parse(frontDoor.hours()).map(hours -> hours.openAt(local)).orElse(false);
    }

    static Optional<Contact> find(List<Contact> contacts, String id) {
        return contacts.stream().filter(contact -> contact.id().equals(id)).findFirst();
    }
}
