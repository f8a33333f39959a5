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

    public EmbeddedMongoServer(EmbeddedMongoProperties properties) {
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
        log.info("Embedded database closed");
    }
}
