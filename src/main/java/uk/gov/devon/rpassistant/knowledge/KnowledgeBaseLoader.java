package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a knowledge-base folder: every {@code *.md} but the authoring guide, {@code contacts.yaml} and
 * {@code synonyms.txt}. A file that cannot be used is reported and skipped; the rest still load. A document
 * whose {@code sources} are missing or malformed, or that names a page or contact that does not exist, is
 * reported and still loads. When reloading, a file that cannot be used keeps the last good version of its
 * document (or of the contacts), with its problem reported.
 */
public final class KnowledgeBaseLoader {

    static final String SYNONYMS_FILE = "synonyms.txt";
    private static final String GUIDE = "readme.md";

    private final DocumentReader reader = new DocumentReader();
    private final ContactsReader contactsReader = new ContactsReader();

    public KnowledgeContent load(Path folder) {
        return load(folder, null);
    }

    /**
     * Reads the folder again; where a document's file (or the contacts file) cannot be used, the version in
     * {@code previous} is kept.
     */
    public KnowledgeContent reload(Path folder, KnowledgeContent previous) {
        return load(folder, previous);
    }

    private KnowledgeContent load(Path folder, KnowledgeContent previous) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The knowledge base folder " + folder.toAbsolutePath()
                    + " does not exist; set KNOWLEDGE_BASE_PATH to the folder that holds the Markdown documents");
        }
        List<ContentProblem> problems = new ArrayList<>();
        List<KnowledgeDocument> documents = readDocuments(folder, problems, previous);
        Path contactsFile = folder.resolve(ContactsReader.FILE_NAME);
        List<Contact> contacts = Files.exists(contactsFile)
                ? contactsReader.read(contactsFile, problems::add)
                : List.of();
        if (contacts.isEmpty() && previous != null && !previous.contacts().isEmpty()) {
            contacts = previous.contacts();
            problems.add(new ContentProblem(contactsFile, 0, "no contacts could be read; the last good ones are kept"));
        }
        if (!Files.exists(contactsFile)) {
            problems.add(new ContentProblem(contactsFile, 0, "the contacts file is missing"));
        }
        checkReferences(documents, contacts, problems);
        List<String> synonymRules = readLines(folder.resolve(SYNONYMS_FILE));
        checkSynonyms(folder.resolve(SYNONYMS_FILE), synonymRules, problems);
        return new KnowledgeContent(documents, contacts, synonymRules, problems);
    }

    private List<KnowledgeDocument> readDocuments(Path folder, List<ContentProblem> problems,
            KnowledgeContent previous) {
        Map<String, KnowledgeDocument> byId = new HashMap<>();
        List<KnowledgeDocument> documents = new ArrayList<>();
        for (Path path : markdownFiles(folder)) {
            try {
                KnowledgeDocument document = reader.read(path, problems::add);
                KnowledgeDocument earlier = byId.putIfAbsent(document.id(), document);
                if (earlier != null) {
                    problems.add(new ContentProblem(path, document.lineOf("id"),
                            "the id '" + document.id() + "' is already used by " + earlier.path().getFileName()));
                } else {
                    documents.add(document);
                }
            } catch (ContentException e) {
                problems.add(e.problem());
                lastGood(previous, path).filter(document -> byId.putIfAbsent(document.id(), document) == null)
                        .ifPresent(document -> {
                            documents.add(document);
                            problems.add(new ContentProblem(path, 0, "the last good version of this document is "
                                    + "still in use until the problem is fixed"));
                        });
            }
        }
        return documents;
    }

    private static java.util.Optional<KnowledgeDocument> lastGood(KnowledgeContent previous, Path path) {
        if (previous == null) {
            return java.util.Optional.empty();
        }
        return previous.documents().stream()
                .filter(document -> document.path().getFileName().equals(path.getFileName())).findFirst();
    }

    private static void checkReferences(List<KnowledgeDocument> documents, List<Contact> contacts,
            List<ContentProblem> problems) {
        Set<String> documentIds = documents.stream().map(KnowledgeDocument::id).collect(Collectors.toSet());
        Set<String> contactIds = contacts.stream().map(Contact::id).collect(Collectors.toSet());
        for (KnowledgeDocument document : documents) {
            if (!contactIds.contains(document.contactId())) {
                problems.add(new ContentProblem(document.path(), document.lineOf("contact"),
                        "the contact '" + document.contactId() + "' is not in contacts.yaml"));
            }
            for (String related : document.related()) {
                if (!documentIds.contains(related)) {
                    problems.add(new ContentProblem(document.path(), document.lineOf("related"),
                            "the related document '" + related + "' does not exist"));
                }
            }
        }
    }

    private static void checkSynonyms(Path file, List<String> rules, List<ContentProblem> problems) {
        try {
            EnglishAnalysis.parseSynonyms(rules, (line, message) -> problems.add(new ContentProblem(file, line, message)));
        } catch (IOException e) {
            problems.add(new ContentProblem(file, 0, "the synonym rules cannot be read: " + e.getMessage()));
        }
    }

    private static List<Path> markdownFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".md"))
                    .filter(path -> !path.getFileName().toString().equalsIgnoreCase(GUIDE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the knowledge base folder " + folder, e);
        }
    }

    private static List<String> readLines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
