package uk.gov.devon.rpassistant.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the knowledge base at start-up, builds its search index in memory, and reloads it when files change. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    /** Re-reads the folder when a file in it changes (off with {@code knowledge-base.reload=false}). */
    @Bean
    @ConditionalOnProperty(name = "knowledge-base.reload", havingValue = "true", matchIfMissing = true)
    KnowledgeReloader knowledgeReloader(KnowledgeBase knowledgeBase, KnowledgeProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        KnowledgeReloader reloader = new KnowledgeReloader(knowledgeBase, properties.path(), Duration.ofMillis(300));
        meters.ifAvailable(registry -> {
            FunctionCounter.builder("rp.knowledge.reloads", reloader, KnowledgeReloader::reloads)
                    .tag("outcome", "ok").register(registry);
            FunctionCounter.builder("rp.knowledge.reloads", reloader, KnowledgeReloader::failures)
                    .tag("outcome", "failed").register(registry);
        });
        return reloader;
    }

    @Bean
    TextEmbedder textEmbedder(KnowledgeProperties properties) {
        long start = System.nanoTime();
        TextEmbedder embedder = TextEmbedder.named(properties.model());
        log.info("Sentence-embedding model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return embedder;
    }

    @Bean(destroyMethod = "close")
    ResourceFinder resourceFinder(KnowledgeBase knowledgeBase) {
        return new ResourceFinder(knowledgeBase);
    }

    @Bean
    EmbeddingCache embeddingCache(KnowledgeProperties properties) {
        return new EmbeddingCache(properties.embeddingCache());
    }

    @Bean(destroyMethod = "close")
    KnowledgeBase knowledgeBase(KnowledgeProperties properties, TextEmbedder embedder, EmbeddingCache cache) {
        long start = System.nanoTime();
        KnowledgeContent content = new KnowledgeBaseLoader().load(properties.path());
        content.problems().forEach(problem -> log.warn("Knowledge base problem, skipped: {}", problem));
        KnowledgeBase knowledgeBase = new KnowledgeBase(content, embedder, cache);
        log.info("Knowledge base indexed: {} sections from {} documents in {} ms ({})", knowledgeBase.sectionCount(),
                content.documents().size(), (System.nanoTime() - start) / 1_000_000,
                properties.path().toAbsolutePath().normalize());
        return knowledgeBase;
    }
}
