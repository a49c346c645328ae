package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The knowledge base's public face: the content, and search over it that fuses keyword (BM25) and meaning
 * (sentence-embedding) rankings. Safe to share between threads; new content is swapped in whole
 * ({@link #replace}), and {@link #pinned} gives a copy that stays on one version.
 */
public final class KnowledgeBase implements AutoCloseable {

    /** Longest question searched; the rest of a long message is ignored. */
    public static final int MAX_QUESTION_LENGTH = 300;
    private static final int DEPTH = 20;
    private static final int QUESTION_DEPTH = 200;

    private final TextEmbedder embedder;
    private final EmbeddingCache cache;
    private final FusionWeights weights;
    private final KeywordSearch keywords = new KeywordSearch();
    private final AtomicReference<Version> current;

    public KnowledgeBase(KnowledgeContent content, TextEmbedder embedder, EmbeddingCache cache) {
        this(content, embedder, cache, FusionWeights.forModel(embedder.modelId()));
    }

    public KnowledgeBase(KnowledgeContent content, TextEmbedder embedder, EmbeddingCache cache, FusionWeights weights) {
        this.embedder = embedder;
        this.cache = cache;
        this.weights = weights;
        this.current = new AtomicReference<>(new Version(content, embedder, cache));
    }

    private KnowledgeBase(KnowledgeBase live) {
        this.embedder = live.embedder;
        this.cache = live.cache;
        this.weights = live.weights;
        this.current = new AtomicReference<>(live.current.get());
    }

    /**
     * The knowledge base as it is now, fixed: content swapped in later does not change what this copy answers
     * from, so that one question is answered from one version from start to finish.
     */
    public KnowledgeBase pinned() {
        return new KnowledgeBase(this);
    }

    /**
     * Indexes new content and swaps it in at once: a search runs on the old version or the new one, never on a
     * mixture. Searches under way finish on the version they started with.
     */
    public void replace(KnowledgeContent content) {
        current.set(new Version(content, embedder, cache));
    }

    /**
     * Something worked out from the content (a catalogue, a suggester), made once for each version of the
     * content and remembered with it.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Class<T> kind, Function<KnowledgeContent, T> make) {
        Version version = current.get();
        return (T) version.derived.computeIfAbsent(kind, key -> make.apply(version.content));
    }

    public KnowledgeContent content() {
        return current.get().content;
    }

    public int sectionCount() {
        return current.get().index.size();
    }

    public Optional<Section> section(String id) {
        return Optional.ofNullable(current.get().index.section(id));
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
            return rank(current.get(), clip(question), mode, meaning);
        } catch (IndexSearcher.TooManyClauses e) {
            return SearchResult.empty();
        }
    }

    private SearchResult rank(Version version, String text, SearchMode mode, float[] vector) {
        SectionIndex index = version.index;
        Optional<String> corrected = mode == SearchMode.KEYWORDS ? Optional.empty() : version.spelling.correct(text);
        String searched = corrected.orElse(text);
        if (corrected.isPresent() && vector != null) {
            vector = embedder.embedQuery(searched);
        }
        Map<String, Double> keywordScores = mode == SearchMode.VECTORS ? Map.of()
                : keywordScores(index, searched, mode != SearchMode.KEYWORDS);
        boolean useVectors = (mode == SearchMode.VECTORS || mode == SearchMode.HYBRID) && vector != null;
        // The whole message's meaning, and for a long message each sentence's too: a section is as close as the
        // closest of them (on the development halves, taking a sentence's similarity whole did best).
        List<float[]> meanings = !useVectors ? List.of() : Stream.concat(Stream.of(vector),
                Clauses.of(searched).stream().map(embedder::embedQuery)).toList();
        Set<String> ids = new LinkedHashSet<>(keywordScores.keySet());
        Map<String, Float> questionScores = new HashMap<>();
        for (float[] meaning : meanings) {
            index.nearest(meaning, DEPTH).forEach(hit -> ids.add(hit.section().id()));
            index.nearestQuestions(meaning, QUESTION_DEPTH).forEach((id, similarity) ->
                    questionScores.merge(id, similarity, Math::max));
        }
        ids.addAll(questionScores.keySet());
        List<Candidate> candidates = new ArrayList<>();
        for (String id : ids) {
            double sectionSimilarity = meanings.stream().mapToDouble(meaning -> index.sectionSimilarity(id, meaning))
                    .max().orElse(0);
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
    private Map<String, Double> keywordScores(SectionIndex index, String text, boolean synonyms) {
        Query query = keywords.query(text, synonyms);
        List<ScoredSection> hits = query == null ? List.of() : index.search(query, DEPTH);
        Map<String, Double> scores = new LinkedHashMap<>();
        hits.forEach(hit -> scores.put(hit.section().id(), (double) hit.score() / hits.get(0).score()));
        return scores;
    }

    /** The few sentences of a section that best answer the question. */
    public String passage(Section section, String question) {
        Version version = current.get();
        return version.index.find(section.id())
                .map(hit -> version.passages.passage(hit, keywords.bodyQuery(clip(question))))
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

    /**
     * The meaning of every section and listed question. A model that embeds listed questions another way than
     * passages ({@link TextEmbedder#listedQuestions}) keeps them in a cache file of their own.
     */
    private static Map<String, float[]> vectors(KnowledgeContent content, TextEmbedder embedder, EmbeddingCache cache) {
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, String> questions = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (KnowledgeDocument document : content.documents()) {
            for (Section section : document.sections()) {
                String heading = section.isLead() ? document.title() : document.title() + ": " + section.heading();
                sections.put(section.id(), heading + ". " + section.text());
                texts.put(section.id(), heading + ". " + section.text());
                for (int i = 0; i < section.questions().size(); i++) {
                    questions.put(SectionIndex.questionKey(section, i), section.questions().get(i));
                    texts.put(SectionIndex.questionKey(section, i), section.questions().get(i));
                }
            }
        }
        TextEmbedder listed = embedder.listedQuestions();
        if (listed.modelId().equals(embedder.modelId())) {
            return cache.vectors("sections", texts, embedder);
        }
        Map<String, float[]> vectors = new LinkedHashMap<>(cache.vectors("sections", sections, embedder));
        vectors.putAll(cache.vectors("questions", questions, listed));
        return vectors;
    }

    @Override
    public void close() throws IOException {
        current.get().index.close();
    }

    /** One version of the content with everything built from it. */
    private static final class Version {

        final KnowledgeContent content;
        final SectionIndex index;
        final SpellingCorrector spelling;
        final Passages passages;
        final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

        Version(KnowledgeContent content, TextEmbedder embedder, EmbeddingCache cache) {
            this.content = content;
            this.index = new SectionIndex(content, synonyms(content), vectors(content, embedder, cache));
            this.spelling = new SpellingCorrector(index);
            this.passages = new Passages(index);
        }
    }
}
