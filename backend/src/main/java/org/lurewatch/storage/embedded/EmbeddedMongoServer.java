package org.lurewatch.storage.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;
import org.lurewatch.storage.EmbeddedMongoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server, H2 backend) on a random
 * loopback port. One worker thread: with more, {@code findAndModify} can return a stale
 * document under concurrency (the update itself stays atomic).
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    /** Below this share of live data in the file, it is compacted at start-up. */
    static final int MIN_FILL_RATE_PERCENT = 50;

    private final MongoServer server;
    private final H2Backend backend;
    private final String connectionString;
    /** Null in memory. */
    private final java.nio.file.Path dataFile;

    public EmbeddedMongoServer(EmbeddedMongoProperties properties) {
        this.dataFile = properties.inMemory() ? null : properties.dataFile();
        this.backend = properties.inMemory() ? new DurableH2Backend(new MVStore.Builder().open()) : openFile(properties);
        this.server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, 1);
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort() + "/" + properties.database();
        if (properties.inMemory()) {
            log.info("Database: embedded MongoDB-compatible server, in memory only (nothing is kept)");
        } else {
            log.info("Database: embedded MongoDB-compatible server (mongo-java-server, H2) persisting to {}; "
                    + "set SPRING_MONGODB_URI to use a real MongoDB", properties.dataFile().toAbsolutePath());
        }
    }

    private static H2Backend openFile(EmbeddedMongoProperties properties) {
        try {
            Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + properties.dataDir(), e);
        }
        String file = properties.dataFile().toString();
        try {
            // H2 files grow with every update; compacting offline (we just proved nobody else
            // holds the file) shrinks them by an order of magnitude and keeps scans fast. Only when
            // much of the file is dead: copying a large, tidy file would just slow every start.
            MVStore store = new MVStore.Builder().fileName(file).cacheSize(properties.cacheMb()).open();
            if (store.getFillRate() >= MIN_FILL_RATE_PERCENT) {
                return new DurableH2Backend(store);
            }
            store.close();
            MVStoreTool.compact(file, true);
            return new DurableH2Backend(new MVStore.Builder().fileName(file).cacheSize(properties.cacheMb()).open());
        } catch (MVStoreException e) {
            throw new IllegalStateException("The data file " + properties.dataFile().toAbsolutePath()
                    + " is in use by another process (another LureWatch?) or unreadable: " + e.getMessage()
                    + ". Stop the other process, or set lurewatch.embedded-mongo.data-dir to another folder.", e);
        }
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
        if (dataFile != null) {
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
            MVStoreTool.compact(dataFile.toString(), true);
            log.info("Rewrote the data file at shutdown ({} ms): its chunks no longer record when each write was made",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not rewrite the data file at shutdown ({}); its chunks still record their write times",
                    e.getClass().getSimpleName());
        }
    }
}
