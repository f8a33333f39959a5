package org.lurewatch.abuse;

/**
 * Hands out and checks proof-of-work challenges. A purpose (e.g. "tip") binds a challenge to the
 * action it was issued for.
 */
public interface ProofOfWork {

    /** A fresh challenge for {@code purpose} (letters only). */
    Challenge issue(String purpose);

    /**
     * Checks signature, purpose, expiry and the work. Single use is the caller's part: it stores
     * the returned id (random, never a time), or a keyed hash of it, under a unique index in the
     * very write the work pays for, and answers a duplicate with
     * {@link ProofOfWorkRefusedException#reused()}. Shared by every instance through the database,
     * at no extra write: a separate "spent" write cost a fifth of a tip's rate on the database every
     * submission waits for (issue 9).
     *
     * @return the challenge's id
     * @throws ProofOfWorkRefusedException saying which check failed
     */
    String verifyFresh(String purpose, String challenge, String nonce);

    /**
     * Checks signature, purpose and the work but not expiry or single use: for an idempotent retry
     * of a request whose solution was already accepted once (the retry creates nothing new).
     */
    void verifyWork(String purpose, String challenge, String nonce);
}
