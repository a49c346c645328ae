package uk.gov.devon.rpassistant.knowledge;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge base lives ({@code KNOWLEDGE_BASE_PATH}) and where section vectors are cached
 * ({@code KNOWLEDGE_BASE_EMBEDDING_CACHE}).
 */
@ConfigurationProperties("knowledge-base")
public record KnowledgeProperties(Path path, Path embeddingCache) {

    public KnowledgeProperties {
        path = path == null ? Path.of("knowledge-base") : path;
        embeddingCache = embeddingCache == null
                ? Path.of(System.getProperty("java.io.tmpdir"), "rp-assistant", "embeddings")
                : embeddingCache;
    }
}
