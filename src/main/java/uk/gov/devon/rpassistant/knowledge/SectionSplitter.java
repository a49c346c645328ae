package uk.gov.devon.rpassistant.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Splits a document's Markdown body into its lead section and its {@code ##} sections. */
final class SectionSplitter {

    private final MarkdownText markdown = new MarkdownText();

    /**
     * @param firstLine the file's line number of the body's first line, for problems
     * @param leadQuestions the document's questions, which belong to its lead section
     * @param sectionQuestions questions by exact heading text, from the front matter
     */
    List<Section> split(Path path, String documentId, String title, List<String> body, int firstLine,
            List<String> leadQuestions, Map<String, List<String>> sectionQuestions) throws ContentException {
        Map<String, Chunk> chunks = new LinkedHashMap<>();
        Chunk current = new Chunk(title, firstLine);
        boolean inFence = false;
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
            }
            if (!inFence && line.startsWith("## ")) {
                addChunk(path, chunks, current);
                current = new Chunk(line.substring(3).strip(), firstLine + i);
            } else {
                current.lines.add(line);
            }
        }
        addChunk(path, chunks, current);
        return sections(path, documentId, chunks, leadQuestions, sectionQuestions);
    }

    private static void addChunk(Path path, Map<String, Chunk> chunks, Chunk chunk)
            throws ContentException {
        String key = chunks.isEmpty() ? "" : chunk.heading;
        if (chunks.containsKey(key)) {
            throw new ContentException(new ContentProblem(path, chunk.line,
                    "the heading '" + chunk.heading + "' is used twice in this document"));
        }
        chunks.put(key, chunk);
    }

    private List<Section> sections(Path path, String documentId, Map<String, Chunk> chunks,
            List<String> leadQuestions, Map<String, List<String>> sectionQuestions) throws ContentException {
        List<Section> sections = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Map.Entry<String, Chunk> entry : chunks.entrySet()) {
            Chunk chunk = entry.getValue();
            boolean lead = entry.getKey().isEmpty();
            String text = markdown.toPlainText(String.join("\n", chunk.lines));
            if (text.isBlank()) {
                throw new ContentException(new ContentProblem(path, chunk.line, lead
                        ? "a document needs a lead paragraph before its first '## ' heading"
                        : "the section '" + chunk.heading + "' has no text"));
            }
            String id = lead ? documentId : documentId + "/" + DocumentReader.slug(chunk.heading);
            if (!slugs.add(id)) {
                throw new ContentException(new ContentProblem(path, chunk.line,
                        "the heading '" + chunk.heading + "' gives the same section id as an earlier one: " + id));
            }
            List<String> questions = lead ? leadQuestions : sectionQuestions.getOrDefault(chunk.heading, List.of());
            sections.add(new Section(id, documentId, chunk.heading, text, questions));
        }
        return sections;
    }

    private static final class Chunk {
        private final String heading;
        private final int line;
        private final List<String> lines = new ArrayList<>();

        Chunk(String heading, int line) {
            this.heading = heading;
            this.line = line;
        }
    }
}
