package uk.gov.devon.rpassistant.knowledge;

import java.util.Objects;

/** A section with the score one ranking gave it; {@code luceneDoc} lets the index highlight it later. */
record ScoredSection(Section section, float score, int luceneDoc) {

    ScoredSection {
        Objects.requireNonNull(section, "section");
    }
}
