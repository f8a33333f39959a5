package org.lurewatch.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Reads a key file, or creates it with owner-only permissions (rw-------) when it does not exist.
 * The file is written under a temporary name and moved into place, so a second instance starting
 * at the same moment never reads half a key; whoever moves first wins and the other reads theirs.
 */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** @return the file's content, and whether this call created it */
    public static Result readOrCreate(Path file, Supplier<String> newContent) {
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

    /** A 256-bit key kept in a file as base64: read it, or create it with fresh random bytes. */
    public static KeyFile readOrCreateKey(Path file) {
        Result result = readOrCreate(file, () -> Base64.getEncoder().encodeToString(randomKey()));
        return new KeyFile(decodeKey(result.content(), file.toString()), result.created());
    }

    /** A configured base64 key, checked to hold at least 256 bits; the error names {@code where}. */
    public static byte[] decodeKey(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64", e);
        }
        if (bytes.length < 32) {
            throw new IllegalStateException(where + " must hold at least 32 random bytes (base64)");
        }
        return bytes;
    }

    public static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    public record Result(String content, boolean created) {
    }

    public record KeyFile(byte[] key, boolean created) {
    }
}
