package uk.gov.devon.rpassistant.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One searchable part of a document: the lead text before the first {@code ##} heading (id = document id)
 * or one {@code ##} section (id = document id + "/" + slug of the heading).
 *
 * @param heading the section heading, or the document title for the lead section
 * @param text the section's plain text, paragraphs separated by blank lines
 * @param questions the ways people ask for this section, from the front matter
 */
public record Section(String id, String documentId, String heading, String text, List<String> questions) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        questions = List.copyOf(questions);
    }

    public boolean isLead() {
        return id.equals(documentId);
    }
}
