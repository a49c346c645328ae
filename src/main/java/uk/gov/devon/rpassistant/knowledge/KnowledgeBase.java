package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The knowledge base's public face: the content, and search over it that fuses keyword (BM25) and meaning
 * (sentence-embedding) rankings. Immutable after construction and safe to share between threads.
 */
public final class KnowledgeBase implements AutoCloseable {

    /** Longest question searched; the rest of a long message is ignored. */
    public static final int MAX_QUESTION_LENGTH = 300;
    private static final int DEPTH = 20;
    private static final int RRF_K = 60;

    private final KnowledgeContent content;
    private final TextEmbedder embedder;
    private final SectionIndex index;
    private final KeywordSearch keywords;
    private final SpellingCorrector spelling;
    private final Passages passages;

    public KnowledgeBase(KnowledgeContent content, TextEmbedder embedder, EmbeddingCache cache) {
        this.content = content;
        this.embedder = embedder;
        this.index = new SectionIndex(content, synonyms(content), cache.vectors(embeddingTexts(content), embedder));
        this.keywords = new KeywordSearch(index);
        this.spelling = new SpellingCorrector(index);
        this.passages = new Passages(index);
    }

    public KnowledgeContent content() {
        return content;
    }

    public int sectionCount() {
        return index.size();
    }

    public Optional<Section> section(String id) {
        return Optional.ofNullable(index.section(id));
    }

    public SearchResult search(String question) {
        return search(question, SearchMode.HYBRID);
    }

    public SearchResult search(String question, SearchMode mode) {
        try {
            return rank(clip(question), mode);
        } catch (IndexSearcher.TooManyClauses e) {
            return SearchResult.empty();
        }
    }

    private SearchResult rank(String text, SearchMode mode) {
        Optional<String> corrected = mode == SearchMode.KEYWORDS ? Optional.empty() : spelling.correct(text);
        String searched = corrected.orElse(text);
        int meaningful = keywords.meaningfulWords(searched).size();
        Map<String, Double> fused = new LinkedHashMap<>();
        Map<String, Float> similarity = new LinkedHashMap<>();
        if (mode != SearchMode.VECTORS) {
            Query query = keywords.query(searched, mode != SearchMode.KEYWORDS);
            if (query != null) {
                addRanks(fused, index.search(query, DEPTH));
            }
        }
        if (mode == SearchMode.VECTORS || mode == SearchMode.HYBRID) {
            List<ScoredSection> nearest = index.nearest(embedder.embed(text), DEPTH);
            nearest.forEach(hit -> similarity.put(hit.section().id(), 2 * hit.score() - 1));
            addRanks(fused, nearest);
        }
        List<Candidate> candidates = new ArrayList<>();
        fused.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(DEPTH)
                .forEach(entry -> {
                    Section section = index.section(entry.getKey());
                    candidates.add(new Candidate(section, entry.getValue(), keywords.coverage(searched, section),
                            similarity.getOrDefault(entry.getKey(), 0f)));
                });
        return new SearchResult(corrected, meaningful, candidates);
    }

    /** The few sentences of a section that best answer the question. */
    public String passage(Section section, String question) {
        return index.find(section.id())
                .map(hit -> passages.passage(hit, keywords.bodyQuery(clip(question))))
                .orElseGet(() -> Passages.shorten(section.text()));
    }

    private static void addRanks(Map<String, Double> fused, List<ScoredSection> ranking) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            fused.merge(ranking.get(rank).section().id(), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
    }

    static String clip(String question) {
        String text = question == null ? "" : question.strip();
        return text.length() > MAX_QUESTION_LENGTH ? text.substring(0, MAX_QUESTION_LENGTH) : text;
    }

    private static SynonymMap synonyms(KnowledgeContent content) {
        try {
            return EnglishAnalysis.parseSynonyms(content.synonymRules(), (line, problem) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the synonym rules", e);
        }
    }

    private static Map<String, String> embeddingTexts(KnowledgeContent content) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (KnowledgeDocument document : content.documents()) {
            for (Section section : document.sections()) {
                String heading = section.isLead() ? document.title() : document.title() + ": " + section.heading();
                texts.put(section.id(), heading + ". " + String.join("? ", section.questions()) + ". "
                        + section.text());
            }
        }
        return texts;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
