package uk.gov.devon.rpassistant.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.answer.ConfidencePolicy;
import uk.gov.devon.rpassistant.knowledge.EmbeddingCache;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBaseLoader;
import uk.gov.devon.rpassistant.knowledge.KnowledgeProperties;
import uk.gov.devon.rpassistant.knowledge.MiniLmEmbedder;
import uk.gov.devon.rpassistant.privacy.CaseDetails;
import uk.gov.devon.rpassistant.safety.RiskScreen;

/**
 * The answering path the bot uses (model, knowledge base, safety screen, answering service), built without
 * Spring for the command-line tools, with the application's default embedding cache.
 */
record AnsweringStack(KnowledgeBase knowledgeBase, RiskScreen riskScreen, AnsweringService answers)
        implements AutoCloseable {

    static AnsweringStack open(Path folder) {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        EmbeddingCache cache = new EmbeddingCache(new KnowledgeProperties(folder, null).embeddingCache());
        KnowledgeBase knowledgeBase = new KnowledgeBase(new KnowledgeBaseLoader().load(folder), embedder, cache);
        RiskScreen riskScreen = new RiskScreen(embedder, cache, RiskScreen.Thresholds.CALIBRATED);
        return new AnsweringStack(knowledgeBase, riskScreen, new AnsweringService(knowledgeBase,
                ConfidencePolicy.CALIBRATED, riskScreen, new CaseDetails()));
    }

    @Override
    public void close() throws IOException {
        knowledgeBase.close();
    }
}
