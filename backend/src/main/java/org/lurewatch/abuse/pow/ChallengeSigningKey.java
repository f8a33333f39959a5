package org.lurewatch.abuse.pow;

import java.nio.file.Path;

import org.lurewatch.common.SecretFiles;
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
            this.key = SecretFiles.decodeKey(configured, "lurewatch.secrets.challenge-key");
        } else if (ephemeral) {
            this.key = SecretFiles.randomKey();
        } else {
            this.key = readOrCreate(dir.resolve(FILE));
        }
    }

    byte[] bytes() {
        return key.clone();
    }

    private static byte[] readOrCreate(Path file) {
        SecretFiles.KeyFile read = SecretFiles.readOrCreateKey(file);
        if (read.created()) {
            log.info("Created a new proof-of-work signing key at {}", file.toAbsolutePath());
        }
        return read.key();
    }
}
