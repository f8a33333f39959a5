package org.lurewatch.abuse;

import java.time.Instant;

/**
 * A proof-of-work challenge: find a nonce so that SHA-256(token + ":" + nonce) starts with
 * {@code difficulty} zero bits. The token is signed by the server, expires, and is accepted once.
 */
public record Challenge(String token, int difficulty, Instant expiresAt) {
}
