package uk.gov.devon.rpassistant.answer;

import java.util.List;
import java.util.Objects;

/** A topic of the knowledge base with its documents, each as a choice that answers when picked. */
public record Topic(String name, List<Answer.Choice> documents) {

    public Topic {
        Objects.requireNonNull(name, "name");
        documents = List.copyOf(documents);
    }
}
