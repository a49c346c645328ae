package uk.gov.devon.rpassistant.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's {@code sources}: where its claims come from, each either a section of the project's domain facts
 * ({@code facts.md §5}, optionally followed by words, such as {@code facts.md §5 Fair process}) or an
 * {@code https://} address. A missing, empty or malformed list is reported with its line; the document still
 * loads, because a page without its sources is still safe to show, but the content check fails.
 */
final class Sources {

    static final String FIELD = "sources";
    /** The sections of facts.md, numbered 1 to this. */
    static final int FACTS_SECTIONS = 13;

    private static final Pattern FACTS = Pattern.compile("facts\\.md §(\\d+)(?: \\S.*)?");
    private static final Pattern ADDRESS = Pattern.compile("https://[^\\s/]+\\S*");
    private static final String FORMS = "'facts.md §N' (N from 1 to " + FACTS_SECTIONS
            + ", optionally followed by words) or an https:// address";

    private Sources() {
    }

    /** The sources that are well formed; each problem with the list goes to {@code problems}. */
    static List<String> read(Path path, YamlMap fields, Consumer<ContentProblem> problems) {
        List<YamlMap.Item> items;
        try {
            items = fields.itemList(FIELD);
        } catch (ContentException e) {
            problems.accept(e.problem());
            return List.of();
        }
        if (items.isEmpty()) {
            problems.accept(new ContentProblem(path, fields.lineOf(FIELD), fields.has(FIELD)
                    ? "'" + FIELD + "' needs at least one item: where this page's facts come from, as " + FORMS
                    : "the required field '" + FIELD + "' is missing"));
            return List.of();
        }
        List<String> sources = new ArrayList<>();
        for (YamlMap.Item item : items) {
            Optional<String> problem = problemWith(item.text());
            if (problem.isPresent()) {
                problems.accept(new ContentProblem(path, item.line(), problem.get()));
            } else {
                sources.add(item.text());
            }
        }
        return sources;
    }

    /** What is wrong with one source, or empty when it is one of the two forms. */
    static Optional<String> problemWith(String source) {
        Matcher facts = FACTS.matcher(source);
        if (facts.matches()) {
            String number = facts.group(1);
            int section = number.length() <= 2 && !number.startsWith("0") ? Integer.parseInt(number) : 0;
            return section >= 1 && section <= FACTS_SECTIONS ? Optional.empty()
                    : Optional.of("the source '" + source + "' names a section that facts.md does not have; its"
                            + " sections are §1 to §" + FACTS_SECTIONS);
        }
        if (ADDRESS.matcher(source).matches()) {
            return Optional.empty();
        }
        return Optional.of("the source '" + source + "' should be " + FORMS);
    }
}
