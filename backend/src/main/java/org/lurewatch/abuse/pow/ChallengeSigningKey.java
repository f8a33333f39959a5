package org.lurewatch.abuse.pow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The HMAC key that signs challenges. Every instance must hold the same key, or a challenge
 * handed out by one is refused by another: it comes from {@code lurewatch.secrets.challenge-key}
 * (base64, at least 32 bytes) or from {@code challenge-signing.key} in the secrets directory,
 * created with owner-only permissions on first start. With an in-memory database
 * ({@code lurewatch.secrets.ephemeral}) it is random per process and nothing is written.
 */
@Component
class ChallengeSigningKey {

    private static final Logger log = LoggerFactory.getLogger(ChallengeSigningKey.class);
    static final String FILE = "challenge-signing.key";

    private final byte[] key;

    ChallengeSigningKey(@Value("${lurewatch.secrets.challenge-key:}") String configured,
            @Value("${lurewatch.secrets.dir:data/secrets}") Path dir,
            @Value("${lurewatch.secrets.ephemeral:false}") boolean ephemeral) {
        if (!configured.isBlank()) {
            this.key = decode(configured, "lurewatch.secrets.challenge-key");
        } else if (ephemeral) {
            this.key = random();
        } else {
            this.key = readOrCreate(dir.resolve(FILE));
        }
    }

    byte[] bytes() {
        return key.clone();
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                if (!Files.exists(file.toAbsolutePath().getParent())) {
                    Files.createDirectories(file.toAbsolutePath().getParent(),
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                }
                Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".challenge", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temp, Base64.getEncoder().encodeToString(random()), StandardCharsets.US_ASCII);
                try {
                    Files.move(temp, file);
                    log.info("Created a new proof-of-work signing key at {}", file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(temp); // another instance made it first: use theirs
                }
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("The secrets directory " + file.getParent()
                    + " is not on a POSIX file system; set lurewatch.secrets.challenge-key instead", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the proof-of-work key " + file.toAbsolutePath(), e);
        }
    }

    private static byte[] decode(String base64, String where) {
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

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
