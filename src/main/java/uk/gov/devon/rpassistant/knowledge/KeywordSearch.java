package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 over a section's title, the questions people ask, its document's questions, the summary and the body.
 * Queries are built from analysed terms, never by a query parser, so nothing a person types is syntax.
 */
final class KeywordSearch {

    static final Map<String, Float> FIELD_BOOSTS = Map.of(
            SectionIndex.TITLE, 2.0f,
            SectionIndex.QUESTIONS, 3.0f,
            SectionIndex.DOC_QUESTIONS, 0.5f,
            SectionIndex.SUMMARY, 1.0f,
            SectionIndex.BODY, 1.0f);

    private final Analyzer analyzer = EnglishAnalysis.stemmed();
    private final QueryBuilder builder = new QueryBuilder(analyzer);

    /** The BM25 query for what a person typed, or null when nothing in it carries meaning. */
    Query query(String text, boolean synonyms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            String name = synonyms ? SectionIndex.withSynonyms(field.getKey()) : field.getKey();
            Query clause = builder.createBooleanQuery(name, text, Occur.SHOULD);
            if (clause != null) {
                query.add(new BoostQuery(clause, field.getValue()), Occur.SHOULD);
                any = true;
            }
        }
        return any ? query.build() : null;
    }

    /** Query for the body field (with synonyms) alone, which the highlighter uses to choose sentences. */
    Query bodyQuery(String text) {
        return builder.createBooleanQuery(SectionIndex.withSynonyms(SectionIndex.BODY), text, Occur.SHOULD);
    }

    /** The words of the text that survive analysis (not stop or question words), as typed, without repeats. */
    List<String> meaningfulWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(SectionIndex.BODY, text)) {
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(text.substring(offsets.startOffset(), offsets.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(words);
    }
}
