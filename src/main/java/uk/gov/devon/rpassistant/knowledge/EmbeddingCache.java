package uk.gov.devon.rpassistant.knowledge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Section vectors on disk, keyed by the model and a hash of the text, so that a restart with unchanged content
 * embeds nothing. A missing or unreadable cache is only slower, never wrong: it is rebuilt.
 */
public final class EmbeddingCache {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int FORMAT = 1;
    private static final int MAX_DIMENSIONS = 4096;

    private final Path folder;

    public EmbeddingCache(Path folder) {
        this.folder = folder;
    }

    /**
     * Vectors for the texts by key, embedding only those the cache does not hold.
     *
     * @param name names the cache file, one for each set of texts (the file keeps only the texts of this call)
     */
    public Map<String, float[]> vectors(String name, Map<String, String> textsByKey, TextEmbedder embedder) {
        Path file = folder.resolve(name + "-" + embedder.modelId() + ".bin");
        Map<String, float[]> cached = read(file);
        Map<String, String> missing = new LinkedHashMap<>();
        textsByKey.forEach((key, text) -> {
            if (!cached.containsKey(hash(text))) {
                missing.put(key, text);
            }
        });
        List<float[]> computed = missing.isEmpty() ? List.of() : embedder.embedAll(List.copyOf(missing.values()));
        Map<String, float[]> fresh = new HashMap<>();
        int i = 0;
        for (String key : missing.keySet()) {
            fresh.put(key, computed.get(i++));
        }
        Map<String, float[]> result = new LinkedHashMap<>();
        Map<String, float[]> toStore = new HashMap<>();
        for (Map.Entry<String, String> entry : textsByKey.entrySet()) {
            String hash = hash(entry.getValue());
            float[] vector = fresh.containsKey(entry.getKey()) ? fresh.get(entry.getKey()) : cached.get(hash);
            result.put(entry.getKey(), vector);
            toStore.put(hash, vector);
        }
        int embedded = missing.size();
        if (embedded > 0 || toStore.size() != cached.size()) {
            write(file, toStore);
        }
        log.info("Vectors of {}: {} from the cache, {} embedded", name, textsByKey.size() - embedded, embedded);
        return result;
    }

    private static Map<String, float[]> read(Path file) {
        Map<String, float[]> vectors = new HashMap<>();
        if (!Files.exists(file)) {
            return vectors;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT) {
                return vectors;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                int length = in.readInt();
                if (length <= 0 || length > MAX_DIMENSIONS) {
                    throw new IOException("a vector of length " + length);
                }
                float[] vector = new float[length];
                for (int j = 0; j < vector.length; j++) {
                    vector[j] = in.readFloat();
                }
                vectors.put(key, vector);
            }
            return vectors;
        } catch (IOException | RuntimeException e) {
            log.warn("The embedding cache {} cannot be read ({}); the vectors will be computed again", file,
                    e.getClass().getSimpleName());
            return new HashMap<>();
        }
    }

    private void write(Path file, Map<String, float[]> vectors) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "vectors", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeInt(vectors.size());
                for (String key : List.copyOf(vectors.keySet())) {
                    float[] vector = vectors.get(key);
                    out.writeUTF(key);
                    out.writeInt(vector.length);
                    for (float value : vector) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("The embedding cache {} cannot be written ({}); the next start will embed again", file,
                    e.getClass().getSimpleName());
        }
    }

    private static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
