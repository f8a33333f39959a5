package org.lurewatch.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Solves a tip challenge the way a client must: SHA-256(challenge + ":" + nonce) with leading zero bits. */
public final class ProofOfWorkSolver {

    private ProofOfWorkSolver() {
    }

    public static String solve(String challenge, int difficulty) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (long n = 0; ; n++) {
            String nonce = Long.toString(n, 36);
            if (leadingZeroBits(sha.digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8))) >= difficulty) {
                return nonce;
            }
        }
    }

    /** A nonce that does not solve the challenge (for refusal tests). */
    public static String wrongNonce(String challenge, int difficulty) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (long n = 0; ; n++) {
            String nonce = "x" + Long.toString(n, 36);
            if (leadingZeroBits(sha.digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8))) < difficulty) {
                return nonce;
            }
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
            } else {
                return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
            }
        }
        return bits;
    }
}
