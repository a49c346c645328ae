package uk.gov.devon.rpassistant.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, team or service to turn to, from {@code contacts.yaml}: the one place for operational facts.
 * Optional parts are empty strings when the data file does not give them. {@code askedAs} lists the other
 * names staff use for it ("MASH", "out of hours"), so that a question in those words finds it.
 */
public record Contact(
        String id,
        String name,
        String purpose,
        String email,
        String phone,
        String hours,
        String url,
        String note,
        boolean verifyBeforeGoLive,
        List<String> askedAs) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        purpose = Objects.requireNonNullElse(purpose, "");
        email = Objects.requireNonNullElse(email, "");
        phone = Objects.requireNonNullElse(phone, "");
        hours = Objects.requireNonNullElse(hours, "");
        url = Objects.requireNonNullElse(url, "");
        note = Objects.requireNonNullElse(note, "");
        askedAs = List.copyOf(Objects.requireNonNullElse(askedAs, List.of()));
    }

    /** The contact with no other names: how most tests and tools build one. */
    public Contact(String id, String name, String purpose, String email, String phone, String hours, String url,
            String note, boolean verifyBeforeGoLive) {
        this(id, name, purpose, email, phone, hours, url, note, verifyBeforeGoLive, List.of());
    }

    public Optional<String> emailAddress() {
        return email.isBlank() ? Optional.empty() : Optional.of(email);
    }

    public Optional<String> phoneNumber() {
        return phone.isBlank() ? Optional.empty() : Optional.of(phone);
    }
}
