package uk.gov.devon.rpassistant.answer;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.devon.rpassistant.knowledge.BankHolidays;
import uk.gov.devon.rpassistant.knowledge.EmbeddingCache;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeProperties;
import uk.gov.devon.rpassistant.knowledge.TextClassifier;
import uk.gov.devon.rpassistant.knowledge.TextEmbedder;
import uk.gov.devon.rpassistant.privacy.CaseDetails;
import uk.gov.devon.rpassistant.safety.RiskScreen;

/** The answering service: the one wiring of it, used by the bot, the command-line tools and the tests. */
@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

    /** The scope screen's classifier: {@code answer/scope-<model>.tsv}. */
    static final String SCOPE = "answer/scope";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AnsweringService answeringService(KnowledgeBase knowledgeBase, RiskScreen riskScreen, CaseDetails caseDetails,
            Clock clock, KnowledgeProperties properties, TextEmbedder embedder, EmbeddingCache cache) {
        return new AnsweringService(knowledgeBase, ConfidencePolicy.calibratedFor(embedder.queryModelId()), riskScreen,
                caseDetails, clock, BankHolidays.read(properties.path()), new SmallTalk(embedder, cache),
                TextClassifier.load(SCOPE, embedder.queryModelId()));
    }
}
