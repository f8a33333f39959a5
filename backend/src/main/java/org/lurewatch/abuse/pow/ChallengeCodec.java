package org.lurewatch.abuse.pow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import org.lurewatch.abuse.ProofOfWorkRefusedException;
import org.lurewatch.abuse.ProofOfWorkRefusedException.Reason;

/**
 * Writes and reads challenge tokens {@code v1.<id>.<expiry>.<difficulty>.<purpose>.<mac>}: the
 * server keeps no state until a solution is spent, and the HMAC stops anyone from minting an easy
 * or everlasting challenge. Pure: unit-testable without Spring.
 */
final class ChallengeCodec {

    private static final String VERSION = "v1";
    private static final Pattern PURPOSE = Pattern.compile("[A-Za-z]{1,32}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final int MAX_TOKEN = 200;

    private final HashFunction hmac;
    private final SecureRandom random = new SecureRandom();

    ChallengeCodec(byte[] key) {
        this.hmac = Hashing.hmacSha256(key);
    }

    /** A decoded, authentic token. */
    record Token(String id, Instant expiresAt, int difficulty, String purpose) {
    }

    String issue(String purpose, Instant expiresAt, int difficulty) {
        if (!PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("purpose must be letters only");
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        String body = String.join(".", VERSION, B64.encodeToString(id), Long.toString(expiresAt.getEpochSecond()),
                Integer.toString(difficulty), purpose);
        return body + "." + B64.encodeToString(mac(body));
    }

    /** Checks form and signature; says nothing about expiry or the work. */
    Token read(String token) {
        if (token == null || token.isBlank()) {
            throw new ProofOfWorkRefusedException(Reason.MISSING,
                    "proofOfWork.challenge is missing: ask tipChallenge for a challenge, solve it, and send it with its nonce");
        }
        String[] parts = token.length() > MAX_TOKEN ? new String[0] : token.split("\\.", -1);
        if (parts.length != 6 || !VERSION.equals(parts[0])) {
            throw malformed();
        }
        String body = token.substring(0, token.lastIndexOf('.'));
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[5]);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        if (!MessageDigest.isEqual(mac(body), given)) {
            throw new ProofOfWorkRefusedException(Reason.FORGED,
                    "proofOfWork.challenge was not issued by this server (or was altered): ask tipChallenge for a new one");
        }
        try {
            return new Token(parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2])), Integer.parseInt(parts[3]), parts[4]);
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    /** Whether SHA-256(token + ":" + nonce) starts with {@code difficulty} zero bits. */
    static boolean solves(String token, String nonce, int difficulty) {
        if (nonce == null || !NONCE.matcher(nonce).matches()) {
            return false;
        }
        byte[] hash = Hashing.sha256().hashString(token + ":" + nonce, StandardCharsets.UTF_8).asBytes();
        return leadingZeroBits(hash) >= difficulty;
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
        }
        return bits;
    }

    private byte[] mac(String body) {
        return hmac.hashString(body, StandardCharsets.US_ASCII).asBytes();
    }

    private static ProofOfWorkRefusedException malformed() {
        return new ProofOfWorkRefusedException(Reason.MALFORMED,
                "proofOfWork.challenge is not a challenge this server handed out: send it back exactly as tipChallenge gave it");
    }
}
