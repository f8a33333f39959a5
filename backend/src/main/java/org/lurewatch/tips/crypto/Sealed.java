package org.lurewatch.tips.crypto;

/**
 * A field encrypted with Tink AEAD.
 *
 * @param keyId      the id of the keyset key that encrypted it (Tink's primary at the time), for rotation
 * @param ciphertext Tink's output, which also starts with the key id
 */
public record Sealed(int keyId, byte[] ciphertext) {
}
