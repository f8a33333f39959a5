package org.lurewatch.storage.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.UUID;

import com.mongodb.WriteConcern;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.lurewatch.storage.DatabaseIdentity;
import org.lurewatch.storage.StorageRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Makes sure the database belongs to the keys before anything reads or writes it: the same check on
 * the embedded database and on a real MongoDB. The first start of an empty database records a random
 * identity in the database ({@code database_identity}) and beside the keys ({@code database.id});
 * every later start compares them. An empty database where keys exist (a truncated file, a wrong
 * URI, a lost volume), a database of other keys, or data with no keys, is refused with what to do;
 * only {@code lurewatch.storage.fresh-start=true} starts anew, and only on a database without data.
 */
public final class IdentityGuard {

    public static final String COLLECTION = "database_identity";
    static final String FILE = "database.id";
    /** Without this key file no stored tip can be read: its presence means keys were made before. */
    static final String TIP_KEYSET_FILE = "tip-keyset.json";
    private static final Logger log = LoggerFactory.getLogger(IdentityGuard.class);

    private final Path secretsDir;
    private final boolean ephemeral;
    private final boolean keysConfigured;
    private final String configuredId;
    private final boolean freshStart;
    private final boolean embedded;
    private DatabaseIdentity verdict;

    public IdentityGuard(Path secretsDir, boolean ephemeral, boolean keysConfigured, String configuredId,
            boolean freshStart, boolean embedded) {
        this.secretsDir = secretsDir;
        this.ephemeral = ephemeral;
        this.keysConfigured = keysConfigured;
        this.configuredId = configuredId == null || configuredId.isBlank() ? null : configuredId.trim();
        this.freshStart = freshStart;
        this.embedded = embedded;
    }

    public synchronized DatabaseIdentity verdict() {
        return verdict;
    }

    public synchronized DatabaseIdentity verify(MongoOperations mongo) {
        if (verdict == null) {
            verdict = check(mongo);
        }
        return verdict;
    }

    private DatabaseIdentity check(MongoOperations mongo) {
        if (ephemeral) {
            return new DatabaseIdentity(null, true); // a database in memory starts empty every time, with new keys
        }
        Path file = secretsDir.resolve(FILE);
        String keptId = configuredId != null ? configuredId : readFile(file);
        boolean keys = keptId != null || keysConfigured || Files.exists(secretsDir.resolve(TIP_KEYSET_FILE));
        Document stored = mongo.getCollection(COLLECTION).find(new Document("_id", "identity")).first();
        String databaseId = stored == null ? null : stored.getString("databaseId");
        boolean data = holdsData(mongo);
        String where = embedded ? "the embedded database" : "the MongoDB database " + mongo.getCollection(COLLECTION)
                .getNamespace().getDatabaseName();

        if (databaseId != null && databaseId.equals(keptId)) {
            log.info("Database identity {}: {} belongs to the keys in {}", databaseId, where, secretsDir.toAbsolutePath());
            return new DatabaseIdentity(databaseId, !data);
        }
        if (!data) {
            if (keys && !freshStart) {
                throw new StorageRefusal(capital(where) + " is empty (or missing), but the keys in "
                        + secretsDir.toAbsolutePath() + " were made for a database" + (keptId == null ? "" : " with identity "
                        + keptId) + " that held data. Starting would open an empty portal over lost tips.",
                        restoreAdvice() + " To start anew on purpose (every earlier tip stays unreadable), start once"
                                + " with --lurewatch.storage.fresh-start=true.");
            }
            return initialise(mongo, file, where);
        }
        if (databaseId == null && keptId == null) {
            if (!keys) {
                throw missingKeys(where);
            }
            // a database from before identities were recorded, with its keys: adopt it
            log.warn("{} has no identity yet (made by an earlier version); recording one now", capital(where));
            return record(mongo, file, false);
        }
        if (keptId == null) {
            if (!keys) {
                throw missingKeys(where);
            }
            throw new StorageRefusal(capital(where) + " belongs to the keys with identity " + databaseId + ", but the secrets"
                    + " folder " + secretsDir.toAbsolutePath() + " holds keys without " + FILE + ": nothing shows these keys"
                    + " are that database's.", "Restore the whole secrets folder of this database (keys and " + FILE
                    + ") from its backup.");
        }
        throw new StorageRefusal(capital(where) + (databaseId == null ? " holds data but no identity" : " has identity "
                + databaseId) + ", while the keys in " + secretsDir.toAbsolutePath() + " belong to the database with"
                + " identity " + keptId + ": its tips could not be read with these keys, so nothing is served from it.",
                "Point the portal at the database of these keys (" + (embedded ? "lurewatch.embedded-mongo.data-dir"
                        : "spring.mongodb.uri") + "), or use the secrets folder that belongs to this database, or "
                        + restoreAdvice().substring(0, 1).toLowerCase() + restoreAdvice().substring(1));
    }

    private StorageRefusal missingKeys(String where) {
        return new StorageRefusal(capital(where) + " holds data, but the secrets folder " + secretsDir.toAbsolutePath()
                + " holds none of its keys (missing or emptied). New keys would make every stored tip unreadable and every"
                + " receipt invalid, so none are made.", "Restore the secrets folder from its backup (or set"
                + " LUREWATCH_SECRETS_DIR to where it is) and start again.");
    }

    private String restoreAdvice() {
        return embedded
                ? "Restore the newest backup (deploy/OPERATIONS.md, \"Operations\": java -jar lurewatch.jar"
                        + " --lurewatch.storage.restore-from=<backup file>), or point lurewatch.embedded-mongo.data-dir at"
                        + " the right folder."
                : "Check spring.mongodb.uri names the right database, or restore it with mongorestore (deploy/OPERATIONS.md,"
                        + " \"Operations\").";
    }

    private DatabaseIdentity initialise(MongoOperations mongo, Path file, String where) {
        DatabaseIdentity identity = record(mongo, file, true);
        log.info("Database identity {} recorded in {} and in {}", identity.id(), where, file.toAbsolutePath());
        return identity;
    }

    /** Database first (synced), then the file: a crash between leaves a database without data, checked again next time. */
    private DatabaseIdentity record(MongoOperations mongo, Path file, boolean mayCreateKeys) {
        String id = UUID.randomUUID().toString();
        Document doc = new Document("_id", "identity").append("databaseId", id)
                .append("createdHour", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).toString());
        mongo.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY.withJournal(true))
                .replaceOne(new Document("_id", "identity"), doc, new ReplaceOptions().upsert(true));
        if (configuredId == null) {
            writeFile(file, id);
        } else {
            log.warn("lurewatch.storage.database-id is set: set it to {} now, or the next start refuses", id);
        }
        return new DatabaseIdentity(id, mayCreateKeys);
    }

    private static boolean holdsData(MongoOperations mongo) {
        for (String name : mongo.getCollectionNames()) {
            if (!name.equals(COLLECTION) && !name.startsWith("system.")
                    && mongo.getCollection(name).estimatedDocumentCount() > 0) {
                return true;
            }
        }
        return false;
    }

    private static String readFile(Path file) {
        try {
            if (!Files.exists(file)) {
                return null;
            }
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (id.isEmpty()) {
                throw new StorageRefusal("The identity file " + file.toAbsolutePath() + " is empty (damaged).",
                        "Restore the secrets folder from its backup.");
            }
            return id;
        } catch (IOException e) {
            throw new StorageRefusal("Cannot read " + file.toAbsolutePath() + " (" + e + ").",
                    "Give the user the portal runs as read access to the secrets folder.", e);
        }
    }

    private static void writeFile(Path file, String id) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.exists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Path temp = Files.createTempFile(dir, ".database", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, id + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            throw new StorageRefusal("Cannot write the database identity to " + file.toAbsolutePath() + " (" + e + ").",
                    "Make the secrets folder writable by the user the portal runs as, or set"
                            + " lurewatch.storage.database-id.", e);
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
