package org.lurewatch.access.apikey;

import java.time.Instant;
import java.util.List;

import org.lurewatch.abuse.KeyedClient;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An NGO's API key, as stored: the SHA-256 of the secret, never the secret (256 random bits: the
 * hash needs no salt). Rotating replaces the hash and keeps the id, so quota and usage carry over.
 *
 * @param hint           the secret's last four characters, to tell keys apart in the console
 * @param allowedOrigins browser origins (scheme://host[:port]) that get CORS headers
 * @param expiresAt      when the key stops working by itself; null: when revoked
 */
@Document("api_keys")
public record ApiKey(
        @Id String id,
        String organisation,
        String keyHash,
        String hint,
        int requestsPerMinute,
        int requestsPerDay,
        List<String> allowedOrigins,
        Instant createdAt,
        Instant rotatedAt,
        Instant revokedAt,
        Instant expiresAt) {

    public ApiKey {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    /** Not revoked (it may still have expired: see {@link #usableAt}). */
    public boolean active() {
        return revokedAt == null;
    }

    /** Neither revoked nor expired at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** What abuse control needs to spend this key's quota. */
    public KeyedClient client() {
        return new KeyedClient(id, new KeyedClient.Quota(requestsPerMinute, requestsPerDay));
    }

    ApiKey revoked(Instant now) {
        return new ApiKey(id, organisation, keyHash, hint, requestsPerMinute, requestsPerDay, allowedOrigins,
                createdAt, rotatedAt, now, expiresAt);
    }

    ApiKey rotated(String newHash, String newHint, Instant now) {
        return new ApiKey(id, organisation, newHash, newHint, requestsPerMinute, requestsPerDay, allowedOrigins,
                createdAt, now, revokedAt, expiresAt);
    }
}
