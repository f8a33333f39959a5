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
 */
@ConfigurationProperties("lurewatch.embedded-mongo")
public record EmbeddedMongoProperties(Path dataDir, String database, Integer cacheMb, boolean inMemory) {

    public EmbeddedMongoProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        database = database == null || database.isBlank() ? "lurewatch" : database;
        cacheMb = cacheMb == null ? 4 : cacheMb;
    }

    public Path dataFile() {
        return dataDir.resolve("lurewatch.mv.db");
    }
}
