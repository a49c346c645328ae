package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Chooses the few sentences of a section that answer the question: a short section is shown whole, a long one
 * by its best-matching sentences in their original order, so that the answer fits on a phone screen.
 */
final class Passages {

    static final int SHORT_SECTION = 900;
    private static final int SENTENCES = 3;

    private final SectionIndex index;
    private final UnifiedHighlighter highlighter;

    Passages(SectionIndex index) {
        this.index = index;
        this.highlighter = UnifiedHighlighter.builder(index.searcher(), index.indexAnalyzer())
                .withFormatter(new PlainPassages())
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.UK))
                .withMaxNoHighlightPassages(0)
                .build();
    }

    String passage(ScoredSection hit, Query bodyQuery) {
        String text = hit.section().text();
        if (text.length() <= SHORT_SECTION || bodyQuery == null) {
            return shorten(text);
        }
        try {
            TopDocs one = new TopDocs(new TotalHits(1, TotalHits.Relation.EQUAL_TO),
                    new ScoreDoc[] {new ScoreDoc(hit.luceneDoc(), hit.score())});
            String[] best = highlighter.highlight(SectionIndex.withSynonyms(SectionIndex.BODY), bodyQuery, one,
                    SENTENCES);
            return best.length > 0 && best[0] != null && !best[0].isBlank() ? best[0].strip() : shorten(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Highlighting failed", e);
        }
    }

    /** The opening sentences of a text, up to about a phone screen. */
    static String shorten(String text) {
        if (text.length() <= SHORT_SECTION) {
            return text;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.UK);
        sentences.setText(text);
        int end = sentences.following(Math.min(SHORT_SECTION / 2, text.length() - 1));
        while (end != BreakIterator.DONE && end < SHORT_SECTION) {
            int next = sentences.next();
            if (next == BreakIterator.DONE || next > SHORT_SECTION) {
                break;
            }
            end = next;
        }
        return (end == BreakIterator.DONE ? text : text.substring(0, end)).strip();
    }

    /** Joins the chosen sentences as plain text, with no highlighting marks. */
    private static final class PlainPassages extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            int previousEnd = -1;
            for (Passage passage : passages) {
                if (text.length() > 0) {
                    text.append(passage.getStartOffset() == previousEnd ? " " : " … ");
                }
                text.append(content, passage.getStartOffset(), passage.getEndOffset());
                previousEnd = passage.getEndOffset();
            }
            return text.toString().replaceAll("\\s+\\n", "\n").strip();
        }
    }
}
