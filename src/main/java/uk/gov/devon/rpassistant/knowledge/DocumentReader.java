package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads one knowledge-base Markdown file: YAML front matter between {@code ---} lines, then a lead paragraph
 * and {@code ##} sections. Everything that can be checked within one file is checked here, with its line.
 */
final class DocumentReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> AUDIENCES = Set.of("all staff", "new starters", "managers", "partner agencies");
    private static final String FENCE = "---";

    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final SectionSplitter splitter = new SectionSplitter();

    /** Reads a document, failing on its first problem of any kind. */
    KnowledgeDocument read(Path path) throws ContentException {
        List<ContentProblem> problems = new ArrayList<>();
        KnowledgeDocument document = read(path, problems::add);
        if (!problems.isEmpty()) {
            throw new ContentException(problems.get(0));
        }
        return document;
    }

    /**
     * Reads a document. A problem that leaves it unusable is thrown; one that leaves it safe to show (its
     * {@code sources}) goes to {@code problems}, and the document is returned.
     */
    KnowledgeDocument read(Path path, Consumer<ContentProblem> problems) throws ContentException {
        List<String> lines = readLines(path);
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new ContentException(new ContentProblem(path, 1,
                    "a document must start with front matter: a line '---', the fields, then another '---'"));
        }
        int close = findClosingFence(lines);
        if (close < 0) {
            throw new ContentException(new ContentProblem(path, 1, "the front matter has no closing '---' line"));
        }
        YamlMap fields = frontMatter.parse(path, lines.subList(1, close), 1);
        String id = fields.requiredString("id");
        checkId(path, fields, id);
        List<String> body = lines.subList(close + 1, lines.size());
        Map<String, List<String>> sectionQuestions = sectionQuestions(fields);
        List<Section> sections = splitter.split(path, id, fields.requiredString("title"), body, close + 2,
                fields.stringList("questions"), sectionQuestions);
        for (String heading : sectionQuestions.keySet()) {
            if (sections.stream().skip(1).noneMatch(section -> section.heading().equals(heading))) {
                throw fields.problemAt("section_questions",
                        "section_questions names '" + heading + "', but there is no '## " + heading + "' heading");
            }
        }
        List<ContentProblem> sourceProblems = new ArrayList<>();
        KnowledgeDocument document = new KnowledgeDocument(
                id,
                fields.requiredString("title"),
                fields.requiredString("topic"),
                audience(fields),
                fields.requiredString("summary"),
                requiredList(fields, "questions"),
                fields.stringList("related"),
                links(fields),
                Sources.read(path, fields, sourceProblems::add),
                fields.requiredString("contact"),
                fields.requiredString("owner"),
                fields.requiredDate("reviewed"),
                fields.requiredDate("review_by"),
                fields.optionalInt("induction_order").map(OptionalInt::of).orElse(OptionalInt.empty()),
                fields.stringList("prompts"),
                sections,
                path,
                fields.keyLines());
        sourceProblems.forEach(problems);
        return document;
    }

    private static List<String> readLines(Path path) throws ContentException {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (MalformedInputException e) {
            throw new ContentException(new ContentProblem(path, 0, "the file is not UTF-8 text"));
        } catch (IOException e) {
            throw new ContentException(new ContentProblem(path, 0, "the file cannot be read: " + e.getMessage()));
        }
    }

    private static int findClosingFence(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }

    private static void checkId(Path path, YamlMap fields, String id) throws ContentException {
        if (!ID.matcher(id).matches()) {
            throw fields.problemAt("id", "the id '" + id + "' should be lower-case words joined by '-'");
        }
        String fileName = path.getFileName().toString().replaceFirst("\\.md$", "");
        if (!fileName.equals(id)) {
            throw fields.problemAt("id", "the id '" + id + "' should match the file name '" + fileName + ".md'");
        }
    }

    private static List<String> requiredList(YamlMap fields, String key) throws ContentException {
        List<String> items = fields.stringList(key);
        if (items.isEmpty()) {
            throw fields.has(key)
                    ? fields.problemAt(key, "'" + key + "' needs at least one item")
                    : fields.problemAt(key, "the required field '" + key + "' is missing");
        }
        return items;
    }

    private static List<String> audience(YamlMap fields) throws ContentException {
        List<String> audience = requiredList(fields, "audience");
        for (String each : audience) {
            if (!AUDIENCES.contains(each)) {
                throw fields.problemAt("audience", "unknown audience '" + each + "'; use " + AUDIENCES);
            }
        }
        return audience;
    }

    private static List<Link> links(YamlMap fields) throws ContentException {
        List<Link> links = new ArrayList<>();
        for (YamlMap link : fields.mapList("links")) {
            String url = link.requiredString("url");
            if (!url.startsWith("https://")) {
                throw link.problemAt("url", "the link '" + url + "' must start with https://");
            }
            links.add(new Link(link.requiredString("title"), url));
        }
        return links;
    }

    private static Map<String, List<String>> sectionQuestions(YamlMap fields) throws ContentException {
        Map<String, List<String>> result = new LinkedHashMap<>();
        Optional<YamlMap> map = fields.optionalMap("section_questions");
        if (map.isPresent()) {
            for (String heading : map.get().keys()) {
                result.put(heading, map.get().stringList(heading));
            }
        }
        return result;
    }

    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
