package org.lurewatch.storage.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;
import org.h2.store.fs.FilePath;
import org.lurewatch.storage.StorageRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the data file and names what is wrong when it cannot: another process holds it, it is
 * damaged, empty, read-only, or the disk is full. Compacts it when much of it is dead, unless there
 * is no room for the copy. Compares it with the {@link Watermark}: a file older than the last write
 * this installation acknowledged has lost writes, and an ERROR says how many.
 */
final class StoreOpener {

    private static final Logger log = LoggerFactory.getLogger(StoreOpener.class);
    /** Below this share of live data in the file, it is compacted at start-up. */
    static final int MIN_FILL_RATE_PERCENT = 50;
    /** A map of the portal's own facts about the file (restores, losses), beside the collections. */
    static final String FACTS = "lurewatch.storage";
    static final String RESTORE_HINT = "Restore the newest backup (deploy/OPERATIONS.md, \"Operations\": "
            + "java -jar lurewatch.jar --lurewatch.storage.restore-from=<backup file>)";
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00 'UTC'").withZone(ZoneOffset.UTC);

    /** The open store, and what was lost, if anything (for the health details). */
    record Opened(MVStore store, String loss) {
    }

    private final String fileName;
    private final Path file;
    private final int cacheMb;
    private final Watermark watermark;
    private final int compactBelowFillRate;

    /**
     * @param fileName the name H2 opens (a plain path, or one with a file system prefix in tests)
     * @param file     the same file as a path, for the checks H2 cannot make
     */
    StoreOpener(String fileName, Path file, int cacheMb, Watermark watermark) {
        this(fileName, file, cacheMb, watermark, MIN_FILL_RATE_PERCENT);
    }

    StoreOpener(String fileName, Path file, int cacheMb, Watermark watermark, int compactBelowFillRate) {
        this.compactBelowFillRate = compactBelowFillRate;
        this.fileName = fileName;
        this.file = file;
        this.cacheMb = cacheMb;
        this.watermark = watermark;
    }

    /** At start-up: checks, opens, compacts if worth it, compares with the watermark. */
    Opened openAtStart(boolean freshStart) {
        checkBeforeOpening(freshStart);
        MVStore store = open();
        if (store.getFillRate() < compactBelowFillRate) {
            store = compact(store);
        }
        return new Opened(store, compareWithWatermark(store));
    }

    /** After a write failure: the same checks that matter, no compaction (the disk was just full). */
    Opened reopen() {
        MVStore store = open();
        return new Opened(store, compareWithWatermark(store));
    }

    Path file() {
        return file;
    }

    private void checkBeforeOpening(boolean freshStart) {
        if (!Files.exists(file)) {
            return;
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new StorageRefusal("The data file " + file.toAbsolutePath() + " cannot be read (" + e + ").",
                    permissionAdvice(), e);
        }
        if (size == 0) {
            if (freshStart) {
                moveAside("empty");
                return;
            }
            throw new StorageRefusal("The data file " + file.toAbsolutePath() + " is empty (0 bytes): it was cut"
                    + " short or its first write never finished. An empty file is never taken for a new database.",
                    RESTORE_HINT + ". Only if nothing was ever stored in it, start once with"
                            + " --lurewatch.storage.fresh-start=true (the empty file is kept beside it).");
        }
        if (!Files.isReadable(file) || !Files.isWritable(file) || !FilePath.get(fileName).canWrite()) {
            throw new StorageRefusal("The data file " + file.toAbsolutePath() + " is read-only for this process ("
                    + describeAccess(file) + "): the portal must write every tip to it.", permissionAdvice());
        }
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isWritable(dir)) {
            throw new StorageRefusal("The data folder " + dir + " is read-only for this process (" + describeAccess(dir)
                    + "): the portal must create files beside the data file (compaction, backups).", permissionAdvice());
        }
    }

    private MVStore open() {
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(fileName).cacheSize(cacheMb).open();
        } catch (MVStoreException | IllegalStateException | IllegalArgumentException e) {
            throw refusal(e);
        }
        if (store.isReadOnly()) {
            store.closeImmediately();
            throw new StorageRefusal("The data file " + file.toAbsolutePath() + " could only be opened read-only ("
                    + describeAccess(file) + "): the portal must write every tip to it.", permissionAdvice());
        }
        return store;
    }

    private StorageRefusal refusal(RuntimeException e) {
        String where = file.toAbsolutePath().toString();
        if (DiskErrors.isDiskFull(e)) {
            return new StorageRefusal("No space is left on the device that holds " + where + ": the data file"
                    + " could not be opened and nothing in it was changed.",
                    "Free some space on that device (or move the data folder to a larger one) and start again.", e);
        }
        if (e instanceof MVStoreException mv && mv.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
            return new StorageRefusal("The data file " + where + " is in use by another process (another LureWatch?).",
                    "Stop the other process first; two processes must never share one data file.", e);
        }
        if (DiskErrors.isAccessDenied(e)) {
            return new StorageRefusal("The data file " + where + " cannot be opened: permission denied ("
                    + describeAccess(file) + ").", permissionAdvice(), e);
        }
        return new StorageRefusal("The data file " + where + " is damaged and cannot be opened (H2 says: "
                + DiskErrors.firstLine(e) + "). Nothing in it was changed.",
                RESTORE_HINT + "; keep the damaged file for analysis. Starting on another data folder would start"
                        + " an empty database, which the portal refuses while the keys of this one exist.", e);
    }

    private MVStore compact(MVStore store) {
        try {
            store.close();
        } catch (MVStoreException e) {
            store.closeImmediately();
        }
        try {
            MVStoreTool.compact(fileName, true);
        } catch (RuntimeException e) {
            try {
                MVStoreTool.compactCleanUp(fileName);
            } catch (RuntimeException cleanup) {
                log.warn("Could not remove the unfinished compacted copy beside {}: {}", file, cleanup.toString());
            }
            log.warn("Did not compact {}: {}; the file is unchanged and used as it is", file,
                    DiskErrors.isDiskFull(e) ? "no space is left on its device for the compacted copy"
                            : DiskErrors.firstLine(e));
        }
        return open();
    }

    /** The file's random id (made on its first open), which its backups and compacted copies keep. */
    static long fileId(MVStore store) {
        if (store.getFileStore() == null) {
            return 0;
        }
        MVMap<String, String> facts = store.openMap(FACTS);
        String id = facts.get("fileId");
        if (id == null) {
            id = Long.toString(new java.security.SecureRandom().nextLong());
            facts.put("fileId", id);
        }
        return Long.parseLong(id);
    }

    /** @return a description of the loss, when the file is older than the newest acknowledged write */
    private String compareWithWatermark(MVStore store) {
        Optional<Watermark.Mark> mark = watermark.read();
        long version = store.getCurrentVersion();
        long fileId = fileId(store);
        MVMap<String, String> facts = store.openMap(FACTS);
        String loss = null;
        String restored = facts.get("restoredFrom");
        // the restore's own note is one commit: count from the backup's version
        long base = restored != null ? Long.parseLong(facts.getOrDefault("restoredVersion", Long.toString(version))) : version;
        if (mark.isPresent() && mark.get().fileId() == fileId && mark.get().version() > base) {
            long lost = mark.get().version() - base;
            String cause = restored != null
                    ? "it was restored from " + restored + " (taken " + facts.get("backupTakenAt") + ")"
                    : "the newest part of the file was damaged and H2 went back to an older, intact state";
            loss = "The embedded database is older than the last write this installation acknowledged: " + lost
                    + " commit(s) of acknowledged writes (tips, follow-ups, staff changes; a commit holds one or more) made up to "
                    + HOUR.format(mark.get().hour()) + " are not in it, because " + cause + ". Tipsters whose"
                    + " receipts came from those writes will find them unknown.";
            log.error(loss);
            facts.put("loss", HOUR.format(Instant.now()) + ": " + loss);
            facts.remove("restoredFrom");
            facts.remove("restoredVersion");
            store.commit();
            watermark.record(fileId, store.getCurrentVersion());
        } else if (restored != null) {
            facts.remove("restoredFrom");
            facts.remove("restoredVersion");
            store.commit();
        }
        if (loss == null && facts.get("loss") != null) {
            log.warn("Reminder, recorded in the data file: {}", facts.get("loss"));
            loss = facts.get("loss");
        }
        return loss;
    }

    private void moveAside(String why) {
        Path aside = file.resolveSibling(file.getFileName() + "." + why + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now()));
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageRefusal("Cannot move the data file " + file + " aside (" + e + ").", permissionAdvice(), e);
        }
        log.warn("Fresh start: moved the {} data file aside to {}", why, aside.toAbsolutePath());
    }

    private static String permissionAdvice() {
        return "Give the user the portal runs as (" + System.getProperty("user.name") + ") read and write access"
                + " to the data folder and its files, e.g. chown -R " + System.getProperty("user.name")
                + " <data folder> && chmod -R u+rwX <data folder>, and start again.";
    }

    static String describeAccess(Path path) {
        StringBuilder s = new StringBuilder("process user " + System.getProperty("user.name"));
        try {
            s.append(", owner ").append(Files.getOwner(path).getName());
            s.append(", permissions ").append(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        } catch (IOException | UnsupportedOperationException e) {
            // the owner is only a hint
        }
        return s.toString();
    }
}
