package uk.gov.devon.rpassistant.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Turns a section's Markdown into the plain text that is indexed and shown: blocks (paragraphs, lists, quotes)
 * separated by a blank line, so that a paragraph after a list is not read as part of its last item.
 */
final class MarkdownText {

    private final Parser parser = Parser.builder().build();
    private final TextContentRenderer renderer = TextContentRenderer.builder().build();

    String toPlainText(String markdown) {
        List<String> blocks = new ArrayList<>();
        for (Node block = parser.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            String text = renderer.render(block).replace("\r", "").strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return String.join("\n\n", blocks);
    }
}
