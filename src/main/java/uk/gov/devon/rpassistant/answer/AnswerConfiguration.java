package uk.gov.devon.rpassistant.answer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.devon.rpassistant.knowledge.EmbeddingCache;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.TextEmbedder;
import uk.gov.devon.rpassistant.privacy.CaseDetails;
import uk.gov.devon.rpassistant.safety.RiskScreen;

@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

    @Bean
    AnsweringService answeringService(KnowledgeBase knowledgeBase, TextEmbedder embedder, EmbeddingCache cache,
            CaseDetails caseDetails) {
        return new AnsweringService(knowledgeBase, ConfidencePolicy.CALIBRATED,
                new RiskScreen(embedder, cache, RiskScreen.Thresholds.CALIBRATED), caseDetails);
    }
}
