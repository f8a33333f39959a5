package org.lurewatch.tips.crypto;

/** Tip ciphers for tests that need the real encryption without an application context. */
public final class TestCiphers {

    private TestCiphers() {
    }

    /** A cipher with a fresh key held in memory only. */
    public static TipCipher inMemory() {
        return TipCipher.load(new SecretsProperties(null, true, null, null, null));
    }
}
