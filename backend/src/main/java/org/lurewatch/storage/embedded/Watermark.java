package org.lurewatch.storage.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest store version this installation acknowledged a synced write at, kept outside the data
 * file (next to the keys): a store that opens at an older version has lost acknowledged writes, to a
 * damaged newest chunk that H2 silently skipped, or to a restore from an older backup. 24 bytes
 * rewritten in place after each synced write, not synced itself: it is written after the data is
 * durable, so after a crash it can only be older than the data, never newer (no false alarm). It
 * names the file by a random id kept in the file (and in its backups): a new file (a first or a fresh
 * start) is not compared with the mark of another, and takes the mark only with its first synced write,
 * so a start that is then refused leaves the mark of the lost file in place for the restore.
 */
final class Watermark implements AutoCloseable {

    static final String FILE = "embedded-database.watermark";
    private static final Logger log = LoggerFactory.getLogger(Watermark.class);

    /** The file the mark is about (its random id), its last acknowledged version and the hour it was written in. */
    record Mark(long fileId, long version, Instant hour) {
    }

    private final Path file;
    private FileChannel channel;
    private boolean warned;

    private Watermark(Path file) {
        this.file = file;
    }

    static Watermark in(Path secretsDir) {
        return new Watermark(secretsDir.resolve(FILE));
    }

    /** A watermark that records nothing (the in-memory store). */
    static Watermark none() {
        return new Watermark(null);
    }

    Optional<Mark> read() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 24) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return Optional.of(new Mark(buffer.getLong(), buffer.getLong(), Instant.ofEpochSecond(buffer.getLong() * 3600)));
        } catch (IOException e) {
            log.warn("Cannot read {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    synchronized void record(long fileId, long version) {
        if (file == null) {
            return;
        }
        try {
            if (channel == null) {
                Path dir = file.toAbsolutePath().getParent();
                if (!Files.exists(dir)) {
                    Files.createDirectories(dir,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                }
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            }
            ByteBuffer buffer = ByteBuffer.allocate(24).putLong(fileId).putLong(version)
                    .putLong(Instant.now().getEpochSecond() / 3600);
            buffer.flip();
            channel.write(buffer, 0);
        } catch (IOException | UnsupportedOperationException e) {
            if (!warned) {
                warned = true;
                log.warn("Cannot write {} ({}): a loss of acknowledged writes after a damaged file or an older"
                        + " backup could then go unnoticed", file, e.toString());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.force(false);
                channel.close();
            } catch (IOException e) {
                log.warn("Cannot close {}: {}", file, e.toString());
            }
            channel = null;
        }
    }
}
