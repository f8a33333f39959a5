package org.lurewatch.storage.embedded;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.lurewatch.storage.StorageRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the embedded store and their restore. A backup is one zip: the data file as H2
 * copies it while it keeps running (it stops reusing space for the copy, so every page the copy
 * needs stays where it is; a chunk appended meanwhile is either whole or ignored), and a manifest
 * naming the database identity it belongs to. Each backup is opened once after it is written: a
 * backup that cannot be opened is reported as failed, not kept as if it were one.
 */
final class EmbeddedBackups {

    static final String MANIFEST = "lurewatch-backup.properties";
    static final String STORE_ENTRY = "lurewatch.mv.db";
    static final String IDENTITY_FILE = "database.id";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedBackups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A backup that was written and opened again. */
    record Backup(Path file, String databaseId, long version, String takenAt, long bytes) {
    }

    private EmbeddedBackups() {
    }

    static Backup take(ResilientBackend backend, Path dir, Path secretsDir) throws IOException {
        Files.createDirectories(dir);
        Instant now = Instant.now();
        // a synced commit first: the copy then holds every write acknowledged before this moment
        MVStore store = backend.withStore(b -> {
            b.commit();
            b.getMvStore().sync();
            return b.getMvStore();
        });
        long version = store.getCurrentVersion();
        String databaseId = readIdentity(secretsDir);
        Path target = dir.resolve("lurewatch-backup-" + NAME.format(now) + ".zip");
        Path temp = dir.resolve("." + target.getFileName() + ".tmp");
        Properties manifest = new Properties();
        manifest.setProperty("databaseId", databaseId == null ? "" : databaseId);
        manifest.setProperty("version", Long.toString(version));
        manifest.setProperty("takenAt", MINUTE.format(now));
        try {
            try (OutputStream file = Files.newOutputStream(temp);
                    ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                store.getFileStore().backup(zip); // one entry, named after the data file
                zip.putNextEntry(new ZipEntry(MANIFEST));
                StringWriter text = new StringWriter();
                manifest.store(text, "LureWatch embedded database backup");
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            verify(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        long bytes = Files.size(target);
        log.info("Backup of the embedded database written to {} ({} bytes, every write acknowledged before {})",
                target.toAbsolutePath(), bytes, MINUTE.format(now));
        return new Backup(target, databaseId, version, MINUTE.format(now), bytes);
    }

    /** Opens the store in the zip once, from a temporary copy: a backup nobody could restore is no backup. */
    private static void verify(Path zipFile) throws IOException {
        Path copy = Files.createTempFile(zipFile.getParent(), ".verify", ".mv.db");
        try {
            extractStore(zipFile, copy);
            MVStore store = new MVStore.Builder().fileName(copy.toString()).readOnly().open();
            store.closeImmediately();
        } catch (RuntimeException e) {
            throw new IOException("The backup just written cannot be opened: " + DiskErrors.firstLine(e), e);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * Puts the backup's data file in place of {@code dataFile}, keeping any file there beside it, after
     * checking the backup belongs to the keys in {@code secretsDir}. Records in the file that it was
     * restored, so the start that follows can say which writes are lost.
     */
    static void restore(Path backup, Path dataFile, Path secretsDir) {
        if (!Files.isRegularFile(backup)) {
            throw new StorageRefusal("The backup " + backup.toAbsolutePath() + " does not exist.",
                    "Name a backup file made by POST /staff/backups (deploy/OPERATIONS.md, \"Operations\").");
        }
        Properties manifest = new Properties();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null || zip.getEntry(STORE_ENTRY) == null) {
                throw new StorageRefusal("The file " + backup.toAbsolutePath() + " is not a LureWatch backup.",
                        "Name a backup file made by POST /staff/backups.");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new StorageRefusal("The backup " + backup.toAbsolutePath() + " cannot be read (" + e.getMessage() + ").",
                    "Use another (older) backup.", e);
        }
        String ours = readIdentity(secretsDir);
        String theirs = manifest.getProperty("databaseId", "");
        if (ours == null) {
            throw new StorageRefusal("The secrets folder " + secretsDir.toAbsolutePath() + " holds no " + IDENTITY_FILE
                    + ", so nothing says which database its keys belong to.",
                    "Restore the secrets folder from its own backup first (the keys and " + IDENTITY_FILE + "), then the"
                            + " database.");
        }
        if (!ours.equals(theirs)) {
            throw new StorageRefusal("The backup " + backup.toAbsolutePath() + " belongs to another database (identity "
                    + (theirs.isEmpty() ? "unknown" : theirs) + ") than the keys in " + secretsDir.toAbsolutePath()
                    + " (identity " + ours + "): its tips could not be read with these keys.",
                    "Restore a backup of this installation, or the secrets folder that belongs to that backup.");
        }
        Path incoming = dataFile.resolveSibling(dataFile.getFileName() + ".restoring");
        try {
            Files.createDirectories(dataFile.toAbsolutePath().getParent());
            extractStore(backup, incoming);
            MVStore check = new MVStore.Builder().fileName(incoming.toString()).open();
            MVMap<String, String> facts = check.openMap(StoreOpener.FACTS);
            facts.put("restoredVersion", Long.toString(check.getCurrentVersion()));
            facts.put("restoredFrom", backup.getFileName().toString());
            facts.put("backupTakenAt", manifest.getProperty("takenAt", "?"));
            facts.remove("loss");
            check.close();
            if (Files.exists(dataFile)) {
                Path aside = dataFile.resolveSibling(dataFile.getFileName() + ".before-restore-" + NAME.format(Instant.now()));
                Files.move(dataFile, aside, StandardCopyOption.ATOMIC_MOVE);
                log.warn("Kept the data file that was in place as {}", aside.toAbsolutePath());
            }
            Files.move(incoming, dataFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException ignored) {
                // the refusal below is what matters
            }
            if (e instanceof StorageRefusal refusal) {
                throw refusal;
            }
            throw new StorageRefusal("Restoring " + backup.toAbsolutePath() + " failed (" + DiskErrors.firstLine(e)
                    + "); the data file in place was not changed.", "Use another (older) backup, or free space if the"
                    + " disk is full.", e);
        }
        log.warn("Restored the embedded database from {} (taken {}). Every write acknowledged after that moment is"
                + " lost; the start says how many, as far as this installation counted them.",
                backup.toAbsolutePath(), manifest.getProperty("takenAt"));
    }

    private static void extractStore(Path zipFile, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry entry = zip.getEntry(STORE_ENTRY);
            if (entry == null) {
                throw new IOException("no " + STORE_ENTRY + " in " + zipFile);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    static String readIdentity(Path secretsDir) {
        Path file = secretsDir.resolve(IDENTITY_FILE);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
