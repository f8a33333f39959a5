package org.lurewatch.tips.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * Reads a key file, or creates it with owner-only permissions (rw-------) when it does not exist.
 * The file is written under a temporary name and moved into place, so a second instance starting
 * at the same moment never reads half a key; whoever moves first wins and the other reads theirs.
 */
final class SecretFiles {

    private SecretFiles() {
    }

    /** @return the file's content, and whether this call created it */
    static Result readOrCreate(Path file, Supplier<String> newContent) {
        try {
            boolean created = false;
            if (!Files.exists(file)) {
                Path dir = file.toAbsolutePath().getParent();
                if (!Files.exists(dir)) {
                    Files.createDirectories(dir,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                }
                Path temp = Files.createTempFile(dir, ".key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temp, newContent.get(), StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file);
                    created = true;
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(temp);
                }
            }
            return new Result(Files.readString(file, StandardCharsets.UTF_8), created);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("The secrets directory for " + file
                    + " is not on a POSIX file system; configure the keys through lurewatch.secrets.* instead", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file.toAbsolutePath(), e);
        }
    }

    record Result(String content, boolean created) {
    }
}
