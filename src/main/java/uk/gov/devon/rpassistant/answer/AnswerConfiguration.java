package uk.gov.devon.rpassistant.answer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;

@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

    @Bean
    AnsweringService answeringService(KnowledgeBase knowledgeBase) {
        return new AnsweringService(knowledgeBase, ConfidencePolicy.CALIBRATED);
    }
}
