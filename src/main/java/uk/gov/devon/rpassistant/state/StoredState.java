package uk.gov.devon.rpassistant.state;

/** A stored value and its version. */
public record StoredState(String value, long etag) {
}
