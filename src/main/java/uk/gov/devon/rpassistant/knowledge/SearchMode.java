package uk.gov.devon.rpassistant.knowledge;

/** Which rankings a search uses; the bot always uses {@link #HYBRID}, the others show what each part earns. */
public enum SearchMode {
    /** BM25 on the words as typed. */
    KEYWORDS,
    /** BM25 with synonyms and spelling correction. */
    KEYWORDS_WITH_SYNONYMS,
    /** Sentence-embedding similarity alone. */
    VECTORS,
    /** Both rankings fused. */
    HYBRID
}
