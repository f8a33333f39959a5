package org.lurewatch.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lurewatch.storage.StorageRefusal;
import org.slf4j.LoggerFactory;

/**
 * Each way the data file can be wrong at start-up gets a refusal that names it, and nothing is taken
 * for a new database; a file that opens at an older state than the last acknowledged write logs an
 * ERROR that says how much is missing.
 */
class DataFileFaultsTest {

    @TempDir
    Path dir;
    Path file;
    Path secrets;
    ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void setUp() {
        file = dir.resolve("lurewatch.mv.db");
        secrets = dir.resolve("secrets");
        logs.start();
        ((Logger) LoggerFactory.getLogger(StoreOpener.class)).addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        FaultyFiles.reset();
        ((Logger) LoggerFactory.getLogger(StoreOpener.class)).detachAppender(logs);
    }

    private StoreOpener opener(String h2Name) {
        return new StoreOpener(h2Name, file, 4, Watermark.in(secrets));
    }

    /** Commits {@code count} synced writes as the server does, each moving the watermark. */
    private void write(int count) {
        Watermark watermark = Watermark.in(secrets);
        MVStore store = opener(file.toString()).openAtStart(false).store();
        MVMap<Integer, String> map = store.openMap("tips");
        for (int i = 0; i < count; i++) {
            map.put(map.size(), "tip " + i);
            store.commit();
            store.sync();
            watermark.record(StoreOpener.fileId(store), store.getCurrentVersion());
        }
        store.closeImmediately(); // as after a crash: the newest chunk is the last commit's
        watermark.close();
    }

    @Test
    void anEmptyFileIsRefusedAsDamagedNotTakenForANewDatabase() throws Exception {
        write(3);
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> opener(file.toString()).openAtStart(false))
                .isInstanceOf(StorageRefusal.class)
                .hasMessageContaining("is empty (0 bytes)").hasMessageContaining("restore-from")
                .hasMessageNotContaining("in use");
        assertThat(Files.size(file)).as("left as it was").isZero();
    }

    @Test
    void aDeliberateFreshStartMovesTheEmptyFileAside() throws Exception {
        Files.write(file, new byte[0]);
        MVStore store = opener(file.toString()).openAtStart(true).store();
        store.close();
        try (var kept = Files.list(dir)) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("lurewatch.mv.db.empty-"));
        }
    }

    @Test
    void aTruncatedFileIsNamedDamagedNotInUse() throws Exception {
        write(20);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(4096 + 100); // the header and a little: every chunk cut off
        }
        assertThatThrownBy(() -> opener(file.toString()).openAtStart(false))
                .isInstanceOf(StorageRefusal.class)
                .hasMessageContaining("is damaged").hasMessageContaining("restore-from")
                .hasMessageNotContaining("in use");
    }

    @Test
    void aCorruptedHeaderIsNamedDamaged() throws Exception {
        write(5);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(new byte[8192]); // both header blocks
            raf.seek(file.toFile().length() - 4096);
            raf.write(new byte[4096]);
        }
        assertThatThrownBy(() -> opener(file.toString()).openAtStart(false))
                .isInstanceOf(StorageRefusal.class).hasMessageContaining("is damaged");
    }

    @Test
    void aRollbackToAnOlderChunkIsAnErrorThatSaysWhatWasLost() throws Exception {
        write(5);
        // zero the newest chunk: H2 silently opens the one before
        long length = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long from = lastChunkStart(raf, length);
            raf.seek(from);
            raf.write(new byte[(int) (length - from)]);
        }
        MVStore store = opener(file.toString()).openAtStart(false).store();
        assertThat(store.<Integer, String>openMap("tips").size()).as("H2 went back one commit").isEqualTo(4);
        store.close();
        List<ILoggingEvent> errors = logs.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getFormattedMessage()).contains("1 commit(s) of acknowledged writes")
                .contains("damaged");
    }

    @Test
    void aReadOnlyFileIsRefusedWithWhoMayWriteIt() throws Exception {
        write(1);
        FaultyFiles.readOnly = true;
        assertThatThrownBy(() -> opener(FaultyFiles.name(file)).openAtStart(false))
                .isInstanceOf(StorageRefusal.class).hasMessageContaining("read-only for this process")
                .hasMessageContaining("process user").hasMessageContaining("chown");
    }

    @Test
    void aFullDiskAtStartUpIsNamedAndChangesNothing() throws Exception {
        write(3);
        byte[] before = Files.readAllBytes(file);
        FaultyFiles.diskFull = true;
        // a crash left the header behind: opening has to write
        assertThatThrownBy(() -> {
            MVStore store = opener(FaultyFiles.name(file)).openAtStart(false).store();
            MVMap<Integer, String> map = store.openMap("tips");
            map.put(99, "x");
            store.commit();
            store.sync();
        }).satisfiesAnyOf(
                e -> assertThat(e).isInstanceOf(StorageRefusal.class).hasMessageContaining("No space is left"),
                e -> assertThat(e).hasStackTraceContaining("No space left on device"));
        FaultyFiles.diskFull = false;
        MVStore again = opener(file.toString()).openAtStart(false).store();
        assertThat(again.<Integer, String>openMap("tips").size()).isEqualTo(3);
        again.close();
        assertThat(before).isNotEmpty();
    }

    @Test
    void aFullDiskDuringCompactionKeepsTheFileAndItsData() throws Exception {
        write(2);
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCompactFillRate(0).autoCommitDisabled().open();
        store.setRetentionTime(0);
        MVMap<Integer, String> map = store.openMap("tips");
        for (int round = 0; round < 30; round++) { // mostly dead pages: below the fill rate that compacts
            for (int i = 0; i < 200; i++) {
                map.put(1000 + i, "x".repeat(100) + round);
            }
            store.commit();
        }
        for (int i = 0; i < 200; i++) {
            map.remove(1000 + i);
        }
        store.commit();
        store.closeImmediately();
        long size = Files.size(file);
        FaultyFiles.diskFull = true;
        // every fill rate is below 101 %: compaction is tried
        MVStore opened = new StoreOpener(FaultyFiles.name(file), file, 4, Watermark.in(secrets), 101)
                .openAtStart(false).store();
        assertThat(opened.<Integer, String>openMap("tips").size()).as("started on the file as it was").isEqualTo(2);
        opened.closeImmediately();
        FaultyFiles.diskFull = false;
        assertThat(logs.list).anyMatch(e -> e.getLevel() == Level.WARN
                && e.getFormattedMessage().contains("Did not compact")
                && e.getFormattedMessage().contains("no space is left"));
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(Files.exists(dir.resolve("lurewatch.mv.db.tempFile"))).as("no half copy left behind").isFalse();
    }

    /** The start of the last chunk, found by its header text at a block boundary. */
    private static long lastChunkStart(RandomAccessFile raf, long length) throws Exception {
        byte[] start = new byte[6];
        for (long block = length / 4096 - 1; block >= 2; block--) {
            raf.seek(block * 4096);
            raf.readFully(start);
            if (new String(start, java.nio.charset.StandardCharsets.ISO_8859_1).equals("chunk:")) {
                return block * 4096;
            }
        }
        throw new AssertionError("no chunk header found");
    }
}
