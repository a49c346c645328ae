package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * An in-memory Lucene index with one Lucene document per knowledge-base section. Built once at start-up
 * (a few hundred sections index in well under a second) and read-only after that, so it is safe to share.
 */
final class SectionIndex implements AutoCloseable {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String QUESTIONS = "questions";
    static final String DOC_QUESTIONS = "doc_questions";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String SPELL = "spell";
    static final String VECTOR = "vector";
    /** The text fields scored by BM25; each is also indexed with synonyms under {@link #withSynonyms}. */
    static final List<String> TEXT_FIELDS = List.of(TITLE, QUESTIONS, DOC_QUESTIONS, SUMMARY, BODY);

    /**
     * A smaller nearest-neighbour graph than Lucene's default (16 links, 100 candidates while building): a few
     * thousand vectors are searched as well with it, and the index is built in about half the time at start-up.
     */
    private static final Codec CODEC = new Lucene912Codec() {
        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return new Lucene99HnswVectorsFormat(8, 32);
        }
    };

    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer indexAnalyzer;
    private final Map<String, Section> sections;
    private final Map<String, float[]> vectors;
    /** By Lucene document number: the section's id. */
    private final String[] sectionOfDocument;
    private final QuestionVectors questionVectors;

    /**
     * @param vectors by section id, the section's meaning; by {@link #questionKey} the meaning of each of the
     *     questions people ask for it
     */
    SectionIndex(KnowledgeContent content, SynonymMap synonyms, Map<String, float[]> vectors) {
        this.vectors = Map.copyOf(vectors);
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(SPELL, EnglishAnalysis.unstemmed());
        Analyzer synonymAnalyzer = EnglishAnalysis.indexedWithSynonyms(synonyms);
        TEXT_FIELDS.forEach(field -> perField.put(withSynonyms(field), synonymAnalyzer));
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(EnglishAnalysis.stemmed(), perField);
        this.sections = new LinkedHashMap<>();
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer).setCodec(CODEC))) {
                for (KnowledgeDocument document : content.documents()) {
                    for (Section section : document.sections()) {
                        sections.put(section.id(), section);
                        writer.updateDocument(new Term(ID, section.id()),
                                luceneDocument(document, section, vectors.get(section.id())));
                    }
                }
            }
            this.reader = DirectoryReader.open(directory);
            this.sectionOfDocument = sectionOfEachDocument(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search index", e);
        }
        this.searcher = new IndexSearcher(reader);
        this.questionVectors = new QuestionVectors(sections.values(), vectors);
    }

    /**
     * Reading stored fields decompresses a block each time, and a search looks at up to a few hundred hits; so
     * each document's section id is read once here (the index never changes) and looked up by number after.
     */
    private static String[] sectionOfEachDocument(DirectoryReader reader) throws IOException {
        String[] sectionOf = new String[reader.maxDoc()];
        var storedFields = reader.storedFields();
        for (int doc = 0; doc < sectionOf.length; doc++) {
            sectionOf[doc] = storedFields.document(doc, java.util.Set.of(ID)).get(ID);
        }
        return sectionOf;
    }

    static String withSynonyms(String field) {
        return field + "_syn";
    }

    private static Document luceneDocument(KnowledgeDocument document, Section section, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(ID, section.id(), Field.Store.YES));
        String title = section.isLead() ? document.title() : document.title() + " " + section.heading();
        addText(doc, TITLE, title);
        addText(doc, QUESTIONS, String.join("\n", section.questions()));
        if (!section.isLead()) {
            addText(doc, DOC_QUESTIONS, String.join("\n", document.questions()));
        } else {
            addText(doc, SUMMARY, document.summary());
        }
        addText(doc, BODY, section.text());
        doc.add(new TextField(SPELL, title + "\n" + String.join("\n", section.questions()) + "\n" + section.text(),
                Field.Store.NO));
        if (vector != null) {
            doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        return doc;
    }

    /** Adds the text twice: as written, and with synonyms (the body stored, for the highlighter). */
    private static void addText(Document doc, String field, String text) {
        doc.add(new TextField(field, text, Field.Store.NO));
        doc.add(new TextField(withSynonyms(field), text, field.equals(BODY) ? Field.Store.YES : Field.Store.NO));
    }

    /** A question is indexed as a Lucene document of its own that points at its section. */
    static String questionKey(Section section, int index) {
        return section.id() + "?" + index;
    }

    /** Cosine similarity of a unit vector to a section's meaning (vectors are unit length). */
    float sectionSimilarity(String sectionId, float[] vector) {
        float[] section = vectors.get(sectionId);
        return section == null ? 0 : Vectors.dot(section, vector);
    }

    /** For each section among the {@code count} nearest listed questions, the best cosine similarity to one. */
    Map<String, Float> nearestQuestions(float[] vector, int count) {
        return questionVectors.nearest(vector, count);
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    DirectoryReader reader() {
        return reader;
    }

    Section section(String id) {
        return sections.get(id);
    }

    int size() {
        return sections.size();
    }

    List<ScoredSection> search(Query query, int count) {
        try {
            return toSections(searcher.search(query, count));
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    /** The section's own Lucene document, so that it can be highlighted. */
    Optional<ScoredSection> find(String id) {
        return search(new TermQuery(new Term(ID, id)), 1).stream().findFirst();
    }

    List<ScoredSection> nearest(float[] vector, int count) {
        return search(new KnnFloatVectorQuery(VECTOR, vector, count), count);
    }

    private List<ScoredSection> toSections(TopDocs hits) {
        List<ScoredSection> result = new ArrayList<>();
        for (ScoreDoc hit : hits.scoreDocs) {
            result.add(new ScoredSection(sections.get(sectionOfDocument[hit.doc]), hit.score, hit.doc));
        }
        return result;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
