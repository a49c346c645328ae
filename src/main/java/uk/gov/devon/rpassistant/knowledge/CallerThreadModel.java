package uk.gov.devon.rpassistant.knowledge;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A sentence-embedding model loaded from its jar and run by ONNX Runtime on the thread that asks, with no thread
 * pool of its own. ONNX Runtime's default gives each model a pool as wide as the machine whose threads spin while
 * they wait for work: in-process that saves a millisecond on a lone question, but in the server those threads
 * compete for the same cores with the web server's threads, which each embed a question of their own. A batch (the
 * start-up's, when the embedding cache is cold) is spread over the cores, one text to a thread.
 */
final class CallerThreadModel extends AbstractInProcessEmbeddingModel {

    /** Threads for batches only, as many as the cores; they end after a minute without work. */
    private static final ThreadPoolExecutor BATCHES = batches();

    private final OnnxBertBiEncoder encoder;

    CallerThreadModel(String modelResource, String tokenizerResource, PoolingMode pooling) {
        super(BATCHES);
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(resource(modelResource).readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, resource(tokenizerResource), pooling);
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("Could not load the embedding model " + modelResource, e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    private static ThreadPoolExecutor batches() {
        int cores = Runtime.getRuntime().availableProcessors();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(cores, cores, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "embedding-batch");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private static InputStream resource(String name) {
        InputStream stream = CallerThreadModel.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new UncheckedIOException(new IOException("Not on the class path: " + name));
        }
        return stream;
    }
}
