package org.lurewatch.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded default database, used only when no {@code spring.mongodb.uri} is set.
 *
 * @param dataDir    where the H2 file lives; kept across restarts
 * @param database   the database name the app uses
 * @param cacheMb    MVStore page cache, on the Java heap; small by default (see application.yml);
 *                   raise it with the heap (e.g. 256) past ~100k documents, where sorted scans slow
 *                   sharply without it
 * @param inMemory   keep nothing on disk (tests that want a throw-away database)
 * @param port       the loopback port it listens on; 0 (the default) for any free one. A fixed port
 *                   lets a second instance on the same machine share this database through
 *                   {@code spring.mongodb.uri=mongodb://127.0.0.1:<port>/lurewatch}: a test and
 *                   development mode for running several instances without a MongoDB server
 *                   (deploy/OPERATIONS.md); it never listens beyond 127.0.0.1
 */
@ConfigurationProperties("lurewatch.embedded-mongo")
public record EmbeddedMongoProperties(Path dataDir, String database, Integer cacheMb, boolean inMemory, Integer port) {

    public EmbeddedMongoProperties(Path dataDir, String database, Integer cacheMb, boolean inMemory) {
        this(dataDir, database, cacheMb, inMemory, null);
    }

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public EmbeddedMongoProperties {
        port = port == null ? 0 : port;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("lurewatch.embedded-mongo.port must be 0 (any free port) to 65535");
        }
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        database = database == null || database.isBlank() ? "lurewatch" : database;
        cacheMb = cacheMb == null ? 4 : cacheMb;
    }

    public Path dataFile() {
        return dataDir.resolve("lurewatch.mv.db");
    }
}
