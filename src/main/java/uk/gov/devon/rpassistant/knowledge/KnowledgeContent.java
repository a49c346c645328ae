package uk.gov.devon.rpassistant.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from the knowledge-base folder: the documents that loaded, the contacts, the synonym rules,
 * and the problems found on the way (each with its file and line).
 */
public record KnowledgeContent(
        List<KnowledgeDocument> documents, List<Contact> contacts, List<String> synonymRules,
        List<ContentProblem> problems) {

    public KnowledgeContent {
        documents = List.copyOf(documents);
        contacts = List.copyOf(contacts);
        synonymRules = List.copyOf(synonymRules);
        problems = List.copyOf(problems);
    }

    public Optional<KnowledgeDocument> document(String id) {
        return documents.stream().filter(document -> document.id().equals(id)).findFirst();
    }

    public Optional<Contact> contact(String id) {
        return contacts.stream().filter(contact -> contact.id().equals(id)).findFirst();
    }

    public List<Section> sections() {
        return documents.stream().flatMap(document -> document.sections().stream()).toList();
    }
}
