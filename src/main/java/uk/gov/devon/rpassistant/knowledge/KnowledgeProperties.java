package uk.gov.devon.rpassistant.knowledge;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge base lives ({@code KNOWLEDGE_BASE_PATH}), where section vectors are cached
 * ({@code KNOWLEDGE_BASE_EMBEDDING_CACHE}) and which sentence-embedding model gives meaning
 * ({@code KNOWLEDGE_BASE_MODEL}).
 */
@ConfigurationProperties("knowledge-base")
public record KnowledgeProperties(Path path, Path embeddingCache, String model) {

    public static final String DEFAULT_MODEL = "all-minilm-l6-v2-q";

    public KnowledgeProperties {
        path = path == null ? Path.of("knowledge-base") : path;
        embeddingCache = embeddingCache == null
                ? Path.of(System.getProperty("java.io.tmpdir"), "rp-assistant", "embeddings")
                : embeddingCache;
        model = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
    }
}
