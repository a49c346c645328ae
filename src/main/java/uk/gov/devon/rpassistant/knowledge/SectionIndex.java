package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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

    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Map<String, Section> sections;

    SectionIndex(KnowledgeContent content, SynonymMap synonyms, Map<String, float[]> vectors) {
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(EnglishAnalysis.stemmed(),
                Map.of(SPELL, EnglishAnalysis.unstemmed()));
        this.queryAnalyzer = EnglishAnalysis.withSynonyms(synonyms);
        this.sections = new java.util.LinkedHashMap<>();
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
                for (KnowledgeDocument document : content.documents()) {
                    for (Section section : document.sections()) {
                        sections.put(section.id(), section);
                        writer.updateDocument(new Term(ID, section.id()),
                                luceneDocument(document, section, vectors.get(section.id())));
                    }
                }
            }
            this.reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search index", e);
        }
        this.searcher = new IndexSearcher(reader);
    }

    private static Document luceneDocument(KnowledgeDocument document, Section section, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(ID, section.id(), Field.Store.YES));
        String title = section.isLead() ? document.title() : document.title() + " " + section.heading();
        doc.add(new TextField(TITLE, title, Field.Store.NO));
        doc.add(new TextField(QUESTIONS, String.join("\n", section.questions()), Field.Store.NO));
        if (!section.isLead()) {
            doc.add(new TextField(DOC_QUESTIONS, String.join("\n", document.questions()), Field.Store.NO));
        } else {
            doc.add(new TextField(SUMMARY, document.summary(), Field.Store.NO));
        }
        doc.add(new TextField(BODY, section.text(), Field.Store.YES));
        doc.add(new TextField(SPELL, title + "\n" + String.join("\n", section.questions()) + "\n" + section.text(),
                Field.Store.NO));
        if (vector != null) {
            doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        return doc;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
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
    java.util.Optional<ScoredSection> find(String id) {
        return search(new org.apache.lucene.search.TermQuery(new Term(ID, id)), 1).stream().findFirst();
    }

    List<ScoredSection> nearest(float[] vector, int count) {
        return search(new KnnFloatVectorQuery(VECTOR, vector, count), count);
    }

    private List<ScoredSection> toSections(TopDocs hits) throws IOException {
        List<ScoredSection> result = new ArrayList<>();
        var storedFields = searcher.storedFields();
        for (ScoreDoc hit : hits.scoreDocs) {
            String id = storedFields.document(hit.doc).get(ID);
            result.add(new ScoredSection(sections.get(id), hit.score, hit.doc));
        }
        return result;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
