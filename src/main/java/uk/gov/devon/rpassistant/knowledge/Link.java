package uk.gov.devon.rpassistant.knowledge;

import java.util.Objects;

/** A titled link to read more, from a document's front matter. */
public record Link(String title, String url) {

    public Link {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
