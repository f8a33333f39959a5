package org.lurewatch.access.token;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bearer token for scripts, as stored: only the SHA-256 of the token, never the token. The token
 * itself holds 256 random bits, so the hash needs no key or salt: it cannot be reversed or guessed.
 *
 * @param securityStamp the owner's stamp when issued; a password change or disabling ends the token
 */
@Document("api_tokens")
public record ApiToken(
        @Id String id,
        String tokenHash,
        String userId,
        String label,
        String securityStamp,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    ApiToken revoked(Instant now) {
        return new ApiToken(id, tokenHash, userId, label, securityStamp, createdAt, expiresAt, now);
    }
}
