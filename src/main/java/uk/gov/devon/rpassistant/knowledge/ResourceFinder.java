package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Type-ahead over the knowledge base's documents for managers sharing a resource: every word of what they have
 * typed matches the start of a word in a document's title or topic (about 0.1 ms a lookup); when that finds
 * too few, documents close in meaning fill the list.
 */
public final class ResourceFinder implements AutoCloseable {

    /** How close in meaning a document must be to fill the list when too few titles match what was typed. */
    static final double RELATED = 0.6;

    private final KnowledgeBase live;

    public ResourceFinder(KnowledgeBase knowledgeBase) {
        this.live = knowledgeBase;
        live.derived(Suggester.class, Suggester::of);
    }

    /** Up to {@code count} documents for what has been typed so far; all of them, in order, when nothing is. */
    public List<KnowledgeDocument> find(String typed, int count) {
        KnowledgeBase knowledgeBase = live.pinned();
        AnalyzingInfixSuggester suggester = knowledgeBase.derived(Suggester.class, Suggester::of).suggester();
        String text = KnowledgeBase.clip(typed);
        if (text.isBlank()) {
            return knowledgeBase.content().documents().stream()
                    .sorted(java.util.Comparator.comparingInt(d -> d.inductionOrder().orElse(Integer.MAX_VALUE)))
                    .limit(count).toList();
        }
        Map<String, KnowledgeDocument> found = new LinkedHashMap<>();
        try {
            for (LookupResult result : suggester.lookup(text, count, true, false)) {
                knowledgeBase.content().document(result.payload.utf8ToString())
                        .ifPresent(document -> found.putIfAbsent(document.id(), document));
            }
        } catch (IOException | RuntimeException e) {
            // The suggester rejects some odd input; the full search below still answers.
        }
        if (found.size() < count) {
            for (Candidate candidate : knowledgeBase.search(text).candidates()) {
                if (candidate.similarity() >= RELATED) {
                    knowledgeBase.content().document(candidate.section().documentId())
                            .ifPresent(document -> found.putIfAbsent(document.id(), document));
                }
            }
        }
        return found.values().stream().limit(count).toList();
    }

    @Override
    public void close() throws IOException {
        live.derived(Suggester.class, Suggester::of).suggester().close();
    }

    /** Type-ahead over one version of the content (in memory; an older one is left to the garbage collector). */
    private record Suggester(AnalyzingInfixSuggester suggester) {

        static Suggester of(KnowledgeContent content) {
            try {
                AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
                        EnglishAnalysis.unstemmed());
                suggester.build(new Documents(content.documents().iterator()));
                return new Suggester(suggester);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot build the resource suggester", e);
            }
        }
    }

    /** The documents as suggestions: key "title (topic)", payload the document id. */
    private static final class Documents implements InputIterator {
        private final Iterator<KnowledgeDocument> documents;
        private KnowledgeDocument current;

        Documents(Iterator<KnowledgeDocument> documents) {
            this.documents = documents;
        }

        @Override
        public BytesRef next() {
            if (!documents.hasNext()) {
                return null;
            }
            current = documents.next();
            return new BytesRef(current.title() + " (" + current.topic() + ")");
        }

        @Override
        public long weight() {
            return 1;
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.id().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
