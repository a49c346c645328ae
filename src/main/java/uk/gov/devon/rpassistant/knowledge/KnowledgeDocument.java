package uk.gov.devon.rpassistant.knowledge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One Markdown file of the knowledge base: its front matter and its sections, lead section first. {@code sources}
 * are where its claims come from: {@code facts.md §N} sections and {@code https://} addresses.
 */
public record KnowledgeDocument(
        String id,
        String title,
        String topic,
        List<String> audience,
        String summary,
        List<String> questions,
        List<String> related,
        List<Link> links,
        List<String> sources,
        String contactId,
        String owner,
        LocalDate reviewed,
        LocalDate reviewBy,
        OptionalInt inductionOrder,
        List<String> prompts,
        List<Section> sections,
        Path path,
        Map<String, Integer> frontMatterLines) {

    public KnowledgeDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(inductionOrder, "inductionOrder");
        audience = List.copyOf(audience);
        questions = List.copyOf(questions);
        related = List.copyOf(related);
        links = List.copyOf(links);
        sources = List.copyOf(sources);
        prompts = List.copyOf(prompts);
        sections = List.copyOf(sections);
        frontMatterLines = Map.copyOf(frontMatterLines);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a document has at least its lead section");
        }
    }

    /** The line of a front-matter field in the file, or 1 when the field is not there. */
    public int lineOf(String field) {
        return frontMatterLines.getOrDefault(field, 1);
    }

    public Section lead() {
        return sections.get(0);
    }
}
