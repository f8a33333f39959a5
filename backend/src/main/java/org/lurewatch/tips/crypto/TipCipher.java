package org.lurewatch.tips.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import org.lurewatch.common.SecretFiles;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts tip fields with Tink AEAD (AES256-GCM). The associated data binds each ciphertext to
 * its tip and field, so a ciphertext copied into another tip or field does not decrypt.
 */
public final class TipCipher {

    private static final Logger log = LoggerFactory.getLogger(TipCipher.class);
    static final String FILE = "tip-keyset.json";

    private final Aead aead;
    private final int primaryKeyId;

    TipCipher(KeysetHandle keyset) {
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The tip keyset holds no usable AEAD key", e);
        }
        this.primaryKeyId = keyset.getPrimary().getId();
    }

    /** From configuration (JSON or a file path), a file in the secrets directory, or memory only. */
    static TipCipher load(SecretsProperties secrets) {
        try {
            AeadConfig.register();
            String configured = secrets.tipKeyset();
            if (configured != null && !configured.isBlank()) {
                String json = configured.trim().startsWith("{") ? configured : Files.readString(Path.of(configured.trim()));
                return new TipCipher(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()));
            }
            if (secrets.ephemeral()) {
                return new TipCipher(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
            }
            Path file = secrets.dir().resolve(FILE);
            SecretFiles.Result result = SecretFiles.readOrCreate(file, TipCipher::newKeysetJson);
            if (result.created()) {
                log.warn("Created a new tip encryption key at {} (back it up; without it tips cannot be read)",
                        file.toAbsolutePath());
            }
            return new TipCipher(TinkJsonProtoKeysetFormat.parseKeyset(result.content(), InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The tip keyset (lurewatch.secrets.tip-keyset or "
                    + secrets.dir().resolve(FILE) + ") is not a valid Tink AEAD keyset", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tip keyset " + secrets.tipKeyset(), e);
        }
    }

    private static String newKeysetJson() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(
                    KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a tip keyset", e);
        }
    }

    public Sealed seal(String tipId, String field, String plaintext) {
        try {
            return new Sealed(primaryKeyId,
                    aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(tipId, field)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String open(String tipId, String field, Sealed sealed) {
        try {
            return new String(aead.decrypt(sealed.ciphertext(), associatedData(tipId, field)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A tip field does not decrypt (key " + sealed.keyId()
                    + " missing from the keyset, or the data was altered)", e);
        }
    }

    public int primaryKeyId() {
        return primaryKeyId;
    }

    private static byte[] associatedData(String tipId, String field) {
        return ("lurewatch/tip/v1\u0000" + tipId + "\u0000" + field).getBytes(StandardCharsets.UTF_8);
    }
}
