package org.lurewatch.tips;

/**
 * Text written about a tip by another module (triage's notes, reasons, references), encrypted
 * with the tip keys: Tink AEAD, bound to the tip and the field, like the tip's own text.
 *
 * @param keyId      the id of the key that sealed it (for rotation: new text takes the primary key)
 * @param ciphertext Tink's output
 */
public record SealedText(int keyId, byte[] ciphertext) {
}
