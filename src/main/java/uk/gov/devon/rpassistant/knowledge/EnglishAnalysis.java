package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis chains: stemmed English for scoring (words like "how do I" and "what is" carry no meaning and
 * are dropped), the same with content owners' synonyms added at index time, and unstemmed words for spelling.
 */
final class EnglishAnalysis {

    /** English stop words plus the question words people type that say nothing about the topic. */
    static final CharArraySet STOP_WORDS = stopWords();

    private EnglishAnalysis() {
    }

    static Analyzer stemmed() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stemChain(source));
            }
        };
    }

    /**
     * Stemmed English with the synonyms added at index time, so that a section that says "motivational
     * interviewing" also matches "MI" (and the other way round) without skewing the query's term weights.
     */
    static Analyzer indexedWithSynonyms(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = stemChain(source);
                if (synonyms.fst != null) {
                    stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    static Analyzer unstemmed() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * Parses Solr-format synonym rules one line at a time, so that one bad rule is reported and skipped
     * rather than losing the whole file.
     *
     * @param problems receives a message, with its line number, for each rule that cannot be used
     */
    static SynonymMap parseSynonyms(List<String> lines, java.util.function.BiConsumer<Integer, String> problems)
            throws IOException {
        Analyzer analyzer = stemmed();
        SolrSynonymParser all = new SolrSynonymParser(true, true, analyzer);
        for (int i = 0; i < lines.size(); i++) {
            String rule = lines.get(i).strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            try {
                new SolrSynonymParser(true, true, analyzer).parse(new StringReader(rule));
                all.parse(new StringReader(rule));
            } catch (ParseException | IllegalArgumentException e) {
                problems.accept(i + 1, "this synonym rule cannot be used (a rule may not contain common words"
                        + " such as 'the', 'of', 'how' or 'what'): " + rule);
            }
        }
        return all.build();
    }

    private static TokenStream stemChain(StandardTokenizer source) {
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        return new PorterStemFilter(stream);
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("how", "do", "does", "did", "doing", "i", "im", "me", "my", "we", "our", "us", "you",
                "your", "what", "whats", "which", "who", "whom", "when", "where", "why", "can", "could", "should",
                "would", "tell", "please", "explain", "am", "been", "being", "have", "has", "had", "about", "any",
                "some", "get", "got", "from", "so", "really", "know", "mean", "means",
                "thanks", "thank", "hi", "hello", "hey", "okay", "ok", "its", "it's", "i'm", "there's", "much",
                "more", "also", "all", "very", "up", "out", "go", "going", "one", "something", "someone", "like"));
        return CharArraySet.unmodifiableSet(words);
    }
}
