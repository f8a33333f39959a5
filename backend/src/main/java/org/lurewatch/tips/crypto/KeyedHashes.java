package org.lurewatch.tips.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import org.lurewatch.common.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed hashes (HMAC-SHA256) of values that must be found again but never stored in clear:
 * receipt codes, idempotency keys, challenge ids and normalised indicators. Without the keys, which live
 * outside the database, a dump cannot be searched for a known phone number or a receipt. Two
 * keys: indicator hashes are compared across tips by staff tools, receipt hashes grant access.
 */
public final class KeyedHashes {

    private static final Logger log = LoggerFactory.getLogger(KeyedHashes.class);
    static final String INDICATOR_FILE = "indicator-hash.key";
    static final String RECEIPT_FILE = "receipt-hash.key";

    /** Keyed once and thread-safe (Guava copies a keyed Mac per hash instead of keying one). */
    private final HashFunction indicatorHmac;
    private final HashFunction receiptHmac;

    KeyedHashes(byte[] indicatorKey, byte[] receiptKey) {
        this.indicatorHmac = Hashing.hmacSha256(indicatorKey);
        this.receiptHmac = Hashing.hmacSha256(receiptKey);
    }

    static KeyedHashes load(SecretsProperties secrets) {
        return new KeyedHashes(key(secrets, secrets.indicatorHashKey(), INDICATOR_FILE, "lurewatch.secrets.indicator-hash-key",
                "without it new tips are no longer linked to older ones"),
                key(secrets, secrets.receiptHashKey(), RECEIPT_FILE, "lurewatch.secrets.receipt-hash-key",
                        "without it every receipt handed out stops working"));
    }

    /** Of {@code Indicator.key()}, e.g. "PHONE:+66812345678". */
    public String indicator(String indicatorKey) {
        return hash(indicatorHmac, "indicator", indicatorKey);
    }

    /** Of the receipt's 16 digits. */
    public String receipt(String digits) {
        return hash(receiptHmac, "receipt", digits);
    }

    /** Of the client-generated idempotency key. */
    public String idempotency(String key) {
        return hash(receiptHmac, "idempotency", key);
    }

    /** Of a proof-of-work challenge's id: the tip holds it to accept each challenge once. */
    public String challenge(String id) {
        return hash(receiptHmac, "challenge", id);
    }

    private static String hash(HashFunction hmac, String purpose, String value) {
        byte[] hash = hmac.hashString(purpose + "\u0000" + value, StandardCharsets.UTF_8).asBytes();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    private static byte[] key(SecretsProperties secrets, String configured, String file, String property, String loss) {
        if (configured != null && !configured.isBlank()) {
            return SecretFiles.decodeKey(configured, property);
        }
        if (secrets.ephemeral()) {
            return SecretFiles.randomKey();
        }
        var path = secrets.dir().resolve(file);
        SecretFiles.KeyFile result = SecretFiles.readOrCreateKey(path);
        if (result.created()) {
            log.warn("Created a new tip hashing key at {} (back it up; {})", path.toAbsolutePath(), loss);
        }
        return result.key();
    }
}
