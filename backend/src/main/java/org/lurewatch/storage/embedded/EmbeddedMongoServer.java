package org.lurewatch.storage.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.lurewatch.storage.EmbeddedMongoProperties;
import org.lurewatch.storage.StorageRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server, H2 backend) on a random
 * loopback port. One worker thread: with more, {@code findAndModify} can return a stale
 * document under concurrency (the update itself stays atomic). A store that fails (a full disk)
 * is reopened by itself ({@link ResilientBackend}).
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    /** Unavailable this long: liveness goes DOWN, so that an orchestrator restarts the portal. */
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

    private final MongoServer server;
    private final ResilientBackend backend;
    private final String connectionString;
    private final StoreStatus status = new StoreStatus();
    private final Watermark watermark;
    private final Path secretsDir;
    private final ScheduledExecutorService recovery;
    /** Null in memory. */
    private final Path dataFile;

    public EmbeddedMongoServer(EmbeddedMongoProperties properties, Path secretsDir, boolean freshStart, Path restoreFrom) {
        this(properties, secretsDir, freshStart, restoreFrom, properties.dataFile().toString());
    }

    /** @param h2FileName the name H2 opens the data file by (tests put a fault-injecting file system in front) */
    EmbeddedMongoServer(EmbeddedMongoProperties properties, Path secretsDir, boolean freshStart, Path restoreFrom,
            String h2FileName) {
        this.secretsDir = secretsDir;
        this.dataFile = properties.inMemory() ? null : properties.dataFile();
        if (properties.inMemory()) {
            this.watermark = Watermark.none();
            DurableH2Backend memory = new DurableH2Backend(new MVStore.Builder().open());
            this.backend = new ResilientBackend(memory, () -> {
                throw new IllegalStateException("an in-memory store cannot be reopened");
            }, status, GIVE_UP_AFTER);
            this.recovery = null;
        } else {
            createDataDir(properties.dataDir());
            if (restoreFrom != null) {
                EmbeddedBackups.restore(restoreFrom, properties.dataFile(), secretsDir);
            }
            this.watermark = Watermark.in(secretsDir);
            StoreOpener opener = new StoreOpener(h2FileName, properties.dataFile(), properties.cacheMb(), watermark);
            StoreOpener.Opened opened = opener.openAtStart(freshStart);
            if (opened.loss() != null) {
                status.lossFound(opened.loss());
            }
            this.backend = new ResilientBackend(new DurableH2Backend(opened.store(), watermark), () -> {
                StoreOpener.Opened again = opener.reopen();
                if (again.loss() != null) {
                    status.lossFound(again.loss());
                }
                return new DurableH2Backend(again.store(), watermark);
            }, status, GIVE_UP_AFTER);
            // its own thread, not Boot's task scheduler: the scheduler's one thread runs jobs that
            // wait on this very database (retention, reconciliation, polls), so a recovery queued
            // behind them would come only after each of them had timed out against the broken store
            this.recovery = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "embedded-db-recovery");
                thread.setDaemon(true);
                return thread;
            });
            long every = ResilientBackend.RETRY_EVERY.toMillis();
            recovery.scheduleWithFixedDelay(backend::recoverIfDue, every, every, TimeUnit.MILLISECONDS);
        }
        this.server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", properties.port()), 1, 1);
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort() + "/" + properties.database();
        if (properties.port() != 0) {
            log.info("The embedded database listens on 127.0.0.1:{} for other instances on this machine"
                    + " (a test and development mode: production runs a MongoDB replica set)", address.getPort());
        }
        if (properties.inMemory()) {
            log.info("Database: embedded MongoDB-compatible server, in memory only (nothing is kept)");
        } else {
            log.info("Database: embedded MongoDB-compatible server (mongo-java-server, H2) persisting to {}; "
                    + "set SPRING_MONGODB_URI to use a real MongoDB", properties.dataFile().toAbsolutePath());
        }
    }

    private static void createDataDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageRefusal("Cannot create the data folder " + dir.toAbsolutePath() + " (" + e + ").",
                    "Create it, writable by the user the portal runs as, or set lurewatch.embedded-mongo.data-dir.", e);
        }
    }

    public String connectionString() {
        return connectionString;
    }

    public StoreStatus status() {
        return status;
    }

    /** Writes a consistent backup into {@code dir} while the portal runs; see {@link EmbeddedBackups}. */
    public EmbeddedBackups.Backup backup(Path dir) {
        try {
            return EmbeddedBackups.take(backend, dir, secretsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup failed: " + DiskErrors.firstLine(e), e);
        }
    }

    @Override
    public void close() {
        if (recovery != null) {
            recovery.shutdownNow();
        }
        server.shutdownNow();
        DurableH2Backend last = backend.current();
        // the last acknowledged version, not the closing commit's: the count of lost writes stays a count of writes
        long acknowledged = last == null ? 0 : last.getMvStore().getCurrentVersion();
        boolean ours = false;
        try {
            backend.close();
            if (last != null && last.getMvStore().getFileStore() != null
                    && watermark.read().map(mark -> mark.fileId() == last.fileId()).orElse(false)) {
                // closed cleanly: the file ends at this version, whatever a write racing the shutdown recorded;
                // the mark of another file (a start refused on a new, empty one) is left for the restore
                watermark.record(last.fileId(), acknowledged);
                ours = true;
            }
        } catch (RuntimeException e) {
            log.warn("Closing the embedded database failed: {}", DiskErrors.firstLine(e));
        }
        watermark.close();
        // only this installation's file, closed cleanly: a refused or failed one is left as it was found
        if (ours && dataFile != null) {
            rewriteForRest();
        }
        log.info("Embedded database closed");
    }

    /**
     * Every synced write makes a chunk whose header records when it was written, to the
     * millisecond (relative to the file's creation time in its header): the chunk holding a tip's
     * first page dates that tip. Copying the live pages into a new file (atomically replacing the
     * old one) leaves chunks that all carry the time of this shutdown, so a backup or copy of a
     * stopped portal's folder dates no tip. A failure (a full disk, a kill) leaves the file as it
     * was: the copy is written beside it first.
     */
    private void rewriteForRest() {
        long started = System.nanoTime();
        try {
            // the store keeps its version and file id in the copy, so the watermark still matches it
            MVStoreTool.compact(dataFile.toString(), true);
            log.info("Rewrote the data file at shutdown ({} ms): its chunks no longer record when each write was made",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            try {
                MVStoreTool.compactCleanUp(dataFile.toString());
            } catch (RuntimeException cleanup) {
                // a half copy left beside the file is removed by the next start's compaction
            }
            log.warn("Could not rewrite the data file at shutdown ({}); its chunks still record their write times",
                    DiskErrors.firstLine(e));
        }
    }
}
