package org.lurewatch.tips.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the tip keys come from ({@code lurewatch.secrets.*}). None of them is ever in the database.
 *
 * @param dir              folder for key files created on first start (owner-only permissions)
 * @param ephemeral        keep keys in memory only (the in-memory test database: nothing survives anyway)
 * @param tipKeyset        Tink AEAD keyset as JSON, or the path of a JSON file; otherwise {@code dir/tip-keyset.json}
 * @param indicatorHashKey base64 HMAC key (32+ bytes) for indicator link hashes; otherwise {@code dir/indicator-hash.key}
 * @param receiptHashKey   base64 HMAC key (32+ bytes) for receipt and idempotency hashes; otherwise {@code dir/receipt-hash.key}
 */
@ConfigurationProperties("lurewatch.secrets")
public record SecretsProperties(Path dir, boolean ephemeral, String tipKeyset, String indicatorHashKey,
        String receiptHashKey) {

    public SecretsProperties {
        dir = dir == null ? Path.of("data", "secrets") : dir;
    }
}
