package org.lurewatch.tips.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class TipKeysTest {

    @TempDir
    Path dir;

    private SecretsProperties secrets() {
        return new SecretsProperties(dir.resolve("secrets"), false, null, null, null);
    }

    @Test
    void keysAreCreatedOnceWithOwnerOnlyPermissionsAndSaySo(CapturedOutput output) throws Exception {
        TipCipher first = TipCipher.load(secrets());
        KeyedHashes firstHashes = KeyedHashes.load(secrets());
        Path keyset = dir.resolve("secrets").resolve(TipCipher.FILE);

        assertThat(Files.getPosixFilePermissions(keyset)).containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(dir.resolve("secrets").resolve(KeyedHashes.RECEIPT_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("secrets"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(output.getAll()).contains("Created a new tip encryption key at", keyset.toString(),
                "back it up; without it tips cannot be read");

        Sealed sealed = first.seal("tip-1", "story", "ຂໍຄວາມຊ່ວຍເຫຼືອ");
        TipCipher reloaded = TipCipher.load(secrets());
        assertThat(reloaded.open("tip-1", "story", sealed)).isEqualTo("ຂໍຄວາມຊ່ວຍເຫຼືອ");
        assertThat(sealed.keyId()).isEqualTo(reloaded.primaryKeyId());
        assertThat(KeyedHashes.load(secrets()).receipt("1234567890123456")).isEqualTo(firstHashes.receipt("1234567890123456"));
        assertThat(output.getAll().split("Created a new tip encryption key", -1)).as("logged once").hasSize(2);
    }

    @Test
    void associatedDataBindsACiphertextToItsTipAndField() {
        TipCipher cipher = TipCipher.load(new SecretsProperties(dir, true, null, null, null));
        Sealed sealed = cipher.seal("tip-1", "story", "secret");
        assertThatThrownBy(() -> cipher.open("tip-2", "story", sealed)).hasMessageContaining("does not decrypt");
        assertThatThrownBy(() -> cipher.open("tip-1", "contact", sealed)).hasMessageContaining("does not decrypt");
        assertThat(Files.exists(dir.resolve(TipCipher.FILE))).as("ephemeral keys write nothing").isFalse();
    }

    @Test
    void aConfiguredKeysetIsUsedAsIs() throws Exception {
        TipCipher.load(secrets());
        String json = Files.readString(dir.resolve("secrets").resolve(TipCipher.FILE));
        TipCipher fromJson = TipCipher.load(new SecretsProperties(dir.resolve("elsewhere"), false, json, null, null));
        TipCipher fromPath = TipCipher.load(new SecretsProperties(dir.resolve("elsewhere"), false,
                dir.resolve("secrets").resolve(TipCipher.FILE).toString(), null, null));
        assertThat(fromPath.open("t", "f", fromJson.seal("t", "f", "x"))).isEqualTo("x");
        assertThat(Files.exists(dir.resolve("elsewhere"))).isFalse();
    }

    @Test
    void hashesDifferByPurposeAndKey() {
        KeyedHashes hashes = KeyedHashes.load(new SecretsProperties(dir, true, null, null, null));
        assertThat(hashes.receipt("abcdefabcdefabcd")).isNotEqualTo(hashes.idempotency("abcdefabcdefabcd"));
        assertThat(hashes.indicator("PHONE:+66812345678")).isNotEqualTo(
                KeyedHashes.load(new SecretsProperties(dir, true, null, null, null)).indicator("PHONE:+66812345678"));
    }
}
