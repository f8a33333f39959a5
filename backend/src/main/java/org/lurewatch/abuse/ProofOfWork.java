package org.lurewatch.abuse;

/**
 * Hands out and checks proof-of-work challenges. A purpose (e.g. "tip") binds a challenge to the
 * action it was issued for.
 */
public interface ProofOfWork {

    /** A fresh challenge for {@code purpose} (letters only). */
    Challenge issue(String purpose);

    /**
     * Accepts a solution once: checks signature, purpose, expiry and the work, then records the
     * challenge as spent (shared by every instance through the database).
     *
     * @throws ProofOfWorkRefusedException saying which of these failed
     */
    void spend(String purpose, String challenge, String nonce);

    /**
     * Checks signature, purpose and the work but not expiry or single use: for an idempotent retry
     * of a request whose solution was already accepted once (the retry creates nothing new).
     */
    void verifyWork(String purpose, String challenge, String nonce);
}
