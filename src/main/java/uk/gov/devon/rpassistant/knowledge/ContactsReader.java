package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Reads {@code contacts.yaml}; an entry with a problem is reported and left out, the others still load. */
final class ContactsReader {

    static final String FILE_NAME = "contacts.yaml";

    private final FrontMatterParser parser = new FrontMatterParser();

    List<Contact> read(Path path, Consumer<ContentProblem> problems) {
        YamlMap root;
        try {
            root = parser.parse(path, Files.readAllLines(path, StandardCharsets.UTF_8), 0);
        } catch (IOException e) {
            problems.accept(new ContentProblem(path, 0, "the contacts file cannot be read: " + e.getMessage()));
            return List.of();
        } catch (ContentException e) {
            problems.accept(e.problem());
            return List.of();
        }
        List<YamlMap> entries;
        try {
            entries = root.mapList("contacts");
        } catch (ContentException e) {
            problems.accept(e.problem());
            return List.of();
        }
        List<Contact> contacts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap entry : entries) {
            try {
                Contact contact = contact(entry);
                if (!ids.add(contact.id())) {
                    throw entry.problemAt("id", "the contact id '" + contact.id() + "' is used twice; the first is kept");
                }
                contacts.add(contact);
            } catch (ContentException e) {
                problems.accept(e.problem());
            }
        }
        return contacts;
    }

    private static Contact contact(YamlMap entry) throws ContentException {
        String id = entry.requiredString("id");
        if (!DocumentReader.ID.matcher(id).matches()) {
            throw entry.problemAt("id", "the contact id '" + id + "' should be lower-case words joined by '-'");
        }
        entry.requiredString("source");
        for (String key : List.of("url", "source")) {
            String url = entry.optionalString(key).orElse("https://");
            if (!url.startsWith("https://")) {
                throw entry.problemAt(key, "the link '" + url + "' must start with https://");
            }
        }
        if (!entry.has("verify_before_go_live")) {
            throw entry.problemAt("id", "the required field 'verify_before_go_live' is missing");
        }
        return new Contact(
                id,
                entry.requiredString("name"),
                entry.requiredString("purpose"),
                entry.optionalString("email").orElse(""),
                entry.optionalString("phone").orElse(""),
                entry.optionalString("hours").orElse(""),
                entry.optionalString("url").orElse(""),
                entry.optionalString("note").orElse(""),
                entry.optionalBoolean("verify_before_go_live", true),
                entry.stringList("asked_as"));
    }
}
