package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private static final int QUESTION_DEPTH = 200;

    private final KnowledgeContent content;
    private final TextEmbedder embedder;
    private final SectionIndex index;
    private final KeywordSearch keywords;
    private final SpellingCorrector spelling;
    private final Passages passages;
    private final FusionWeights weights;

    public KnowledgeBase(KnowledgeContent content, TextEmbedder embedder, EmbeddingCache cache) {
        this(content, embedder, cache, FusionWeights.DEFAULT);
    }

    public KnowledgeBase(KnowledgeContent content, TextEmbedder embedder, EmbeddingCache cache, FusionWeights weights) {
        this.content = content;
        this.weights = weights;
        this.embedder = embedder;
        this.index = new SectionIndex(content, synonyms(content), cache.vectors("sections", embeddingTexts(content), embedder));
        this.keywords = new KeywordSearch();
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
        boolean vectors = mode == SearchMode.VECTORS || mode == SearchMode.HYBRID;
        return search(question, mode, vectors ? meaning(question) : null);
    }

    /** Hybrid search with the question's meaning already computed (see {@link #meaning}), to embed it once. */
    public SearchResult search(String question, float[] meaning) {
        return search(question, SearchMode.HYBRID, meaning);
    }

    /** The question's meaning as a unit vector, or null when there is nothing to embed. */
    public float[] meaning(String question) {
        String text = clip(question);
        return text.trim().isEmpty() ? null : embedder.embedQuery(text);
    }

    private SearchResult search(String question, SearchMode mode, float[] meaning) {
        try {
            return rank(clip(question), mode, meaning);
        } catch (IndexSearcher.TooManyClauses e) {
            return SearchResult.empty();
        }
    }

    private SearchResult rank(String text, SearchMode mode, float[] vector) {
        Optional<String> corrected = mode == SearchMode.KEYWORDS ? Optional.empty() : spelling.correct(text);
        String searched = corrected.orElse(text);
        if (corrected.isPresent() && vector != null) {
            vector = embedder.embedQuery(searched);
        }
        Map<String, Double> keywordScores = mode == SearchMode.VECTORS ? Map.of()
                : keywordScores(searched, mode != SearchMode.KEYWORDS);
        boolean useVectors = (mode == SearchMode.VECTORS || mode == SearchMode.HYBRID) && vector != null;
        Map<String, Float> questionScores = useVectors ? index.nearestQuestions(vector, QUESTION_DEPTH) : Map.of();
        Set<String> ids = new LinkedHashSet<>(keywordScores.keySet());
        if (useVectors) {
            index.nearest(vector, DEPTH).forEach(hit -> ids.add(hit.section().id()));
            ids.addAll(questionScores.keySet());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String id : ids) {
            double sectionSimilarity = useVectors ? index.sectionSimilarity(id, vector) : 0;
            double questionSimilarity = questionScores.getOrDefault(id, 0f);
            double score = weights.keywords() * keywordScores.getOrDefault(id, 0.0)
                    + weights.section() * sectionSimilarity + weights.questions() * questionSimilarity;
            candidates.add(new Candidate(index.section(id), score, Math.max(sectionSimilarity, questionSimilarity)));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return new SearchResult(corrected, keywords.meaningfulWords(searched).size(),
                candidates.stream().limit(DEPTH).toList());
    }

    /** BM25 scores of the best sections, each divided by the best one's so that they are 0 to 1. */
    private Map<String, Double> keywordScores(String text, boolean synonyms) {
        Query query = keywords.query(text, synonyms);
        List<ScoredSection> hits = query == null ? List.of() : index.search(query, DEPTH);
        Map<String, Double> scores = new LinkedHashMap<>();
        hits.forEach(hit -> scores.put(hit.section().id(), (double) hit.score() / hits.get(0).score()));
        return scores;
    }

    /** The few sentences of a section that best answer the question. */
    public String passage(Section section, String question) {
        return index.find(section.id())
                .map(hit -> passages.passage(hit, keywords.bodyQuery(clip(question))))
                .orElseGet(() -> Passages.shorten(section.text()));
    }

    /** The opening sentences of a text, up to about a phone screen. */
    public static String opening(String text) {
        return Passages.shorten(text);
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
                texts.put(section.id(), heading + ". " + section.text());
                for (int i = 0; i < section.questions().size(); i++) {
                    texts.put(SectionIndex.questionKey(section, i), section.questions().get(i));
                }
            }
        }
        return texts;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
