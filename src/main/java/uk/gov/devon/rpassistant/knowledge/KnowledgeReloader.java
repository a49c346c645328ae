package uk.gov.devon.rpassistant.knowledge;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the knowledge-base folder and, a moment after files stop changing, reads it again, builds a new index
 * in the background and swaps it in ({@link KnowledgeBase#replace}). Questions keep being answered from the last
 * good version meanwhile, and a file that cannot be used keeps its last good version. If the folder cannot be
 * read at all, the last good index keeps serving and the failure is counted. Network shares (Azure Files) may not
 * report changes made elsewhere, so the folder's file names, sizes and times are also compared every 30 seconds.
 */
public final class KnowledgeReloader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeReloader.class);

    private final KnowledgeBase knowledgeBase;
    private final Path folder;
    private final Duration quietPeriod;
    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile Optional<Reload> last = Optional.empty();
    private static final Duration SCAN_EVERY = Duration.ofSeconds(30);
    private volatile String fingerprint = "";
    private volatile WatchService watcher;
    private volatile Thread thread;

    /** What the last reload did and how long it took. */
    public record Reload(Instant at, Duration took, int documents, int problems, boolean failed) {
    }

    public KnowledgeReloader(KnowledgeBase knowledgeBase, Path folder, Duration quietPeriod) {
        this.knowledgeBase = knowledgeBase;
        this.folder = folder;
        this.quietPeriod = quietPeriod;
    }

    /** Reads the folder now and swaps the new version in; on failure the current version stays. */
    public synchronized Reload reloadNow() {
        long start = System.nanoTime();
        Reload reload;
        try {
            fingerprint = fingerprint();
            KnowledgeContent content = loader.reload(folder, knowledgeBase.content());
            knowledgeBase.replace(content);
            reloads.incrementAndGet();
            reload = new Reload(Instant.now(), Duration.ofNanos(System.nanoTime() - start), content.documents().size(),
                    content.problems().size(), false);
            log.info("Knowledge base reloaded in {} ms: {} documents, {} problems", reload.took().toMillis(),
                    reload.documents(), reload.problems());
            content.problems().forEach(problem -> log.warn("Knowledge base problem: {}", problem));
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            reload = new Reload(Instant.now(), Duration.ofNanos(System.nanoTime() - start), 0, 0, true);
            log.error("Knowledge base reload failed ({}); the last good version keeps answering",
                    e.getClass().getSimpleName());
        }
        last = Optional.of(reload);
        return reload;
    }

    public Optional<Reload> last() {
        return last;
    }

    public long reloads() {
        return reloads.get();
    }

    public long failures() {
        return failures.get();
    }

    @Override
    public synchronized void start() {
        try {
            watcher = folder.getFileSystem().newWatchService();
            folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        } catch (IOException e) {
            log.warn("The knowledge-base folder cannot be watched ({}); changes need a restart",
                    e.getClass().getSimpleName());
            return;
        }
        thread = new Thread(this::watch, "knowledge-reloader");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        WatchService service = watcher;
        fingerprint = fingerprint();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.poll(SCAN_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    if (!fingerprint().equals(fingerprint)) {
                        reloadNow();
                    }
                    continue;
                }
                key.pollEvents();
                key.reset();
                // Wait until the files have been quiet for a moment, so that an editor's save is read whole.
                WatchKey more;
                while ((more = service.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                reloadNow();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The folder's files, sizes and modification times: a change in any means the content may have changed. */
    private String fingerprint() {
        try (var files = java.nio.file.Files.list(folder)) {
            return files.sorted().map(file -> {
                try {
                    return file.getFileName() + ":" + java.nio.file.Files.size(file) + ":"
                            + java.nio.file.Files.getLastModifiedTime(file).toMillis();
                } catch (IOException e) {
                    return file.getFileName() + ":unreadable";
                }
            }).collect(java.util.stream.Collectors.joining("|"));
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    @Override
    public synchronized void stop() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            log.debug("Closing the watcher failed", e);
        }
        if (thread != null) {
            thread.interrupt();
        }
        watcher = null;
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
