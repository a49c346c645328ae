package uk.gov.devon.rpassistant.knowledge;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses YAML text into a {@link YamlMap} whose line numbers are those of the file it came from. */
final class FrontMatterParser {

    YamlMap parse(Path path, List<String> yamlLines, int linesBefore) throws ContentException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Node root;
        String text = String.join("\n", yamlLines);
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            // An unclosed quote or bracket runs on to the end of the front matter: point at where it opened.
            Mark mark = e.getProblemMark();
            if (e.getContextMark() != null && (mark == null || mark.getIndex() >= text.length())) {
                mark = e.getContextMark();
            }
            int line = mark == null ? linesBefore + 1 : mark.getLine() + 1 + linesBefore;
            String context = e.getContext() == null ? "" : " " + e.getContext();
            throw new ContentException(new ContentProblem(path, line, "the front matter is not valid YAML: "
                    + e.getProblem() + context));
        } catch (YAMLException e) {
            throw new ContentException(new ContentProblem(path, linesBefore + 1,
                    "the front matter is not valid YAML: " + e.getMessage()));
        }
        if (root == null) {
            throw new ContentException(new ContentProblem(path, linesBefore + 1, "the front matter is empty"));
        }
        return new YamlMap(path, linesBefore, root);
    }
}
