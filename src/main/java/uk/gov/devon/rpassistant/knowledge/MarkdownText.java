package uk.gov.devon.rpassistant.knowledge;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Turns a section's Markdown into the plain text that is indexed and shown: paragraphs and "- " list items. */
final class MarkdownText {

    private final Parser parser = Parser.builder().build();
    private final TextContentRenderer renderer = TextContentRenderer.builder().build();

    String toPlainText(String markdown) {
        String text = renderer.render(parser.parse(markdown));
        return text.replace("\r", "").replaceAll("\n{3,}", "\n\n").strip();
    }
}
