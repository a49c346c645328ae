package uk.gov.devon.rpassistant.knowledge;

import java.util.Objects;
import java.util.Optional;

/**
 * A person, team or service to turn to, from {@code contacts.yaml}: the one place for operational facts.
 * Optional parts are empty strings when the data file does not give them.
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
        boolean verifyBeforeGoLive) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        purpose = Objects.requireNonNullElse(purpose, "");
        email = Objects.requireNonNullElse(email, "");
        phone = Objects.requireNonNullElse(phone, "");
        hours = Objects.requireNonNullElse(hours, "");
        url = Objects.requireNonNullElse(url, "");
        note = Objects.requireNonNullElse(note, "");
    }

    public Optional<String> emailAddress() {
        return email.isBlank() ? Optional.empty() : Optional.of(email);
    }

    public Optional<String> phoneNumber() {
        return phone.isBlank() ? Optional.empty() : Optional.of(phone);
    }
}
