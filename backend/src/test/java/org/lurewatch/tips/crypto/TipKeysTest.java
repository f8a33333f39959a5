package org.lurewatch.tips.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    /** Hashes already in a database must keep matching: the same HMAC, from any number of threads at once. */
    @Test
    void hashesAreTheHmacOfPurposeAndValueFromEveryThread() throws Exception {
        byte[] indicatorKey = "an indicator key of thirty-two b".getBytes(StandardCharsets.UTF_8);
        byte[] receiptKey = "a receipt key of thirty-two byte".getBytes(StandardCharsets.UTF_8);
        KeyedHashes hashes = new KeyedHashes(indicatorKey, receiptKey);
        String indicator = hmac(indicatorKey, "indicator\u0000PHONE:+66812345678");
        String receipt = hmac(receiptKey, "receipt\u00001234567812345678");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(threads.submit(() -> IntStream.range(0, 2_000).allMatch(i -> i % 2 == 0
                        ? hashes.indicator("PHONE:+66812345678").equals(indicator)
                        : hashes.receipt("1234567812345678").equals(receipt))));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static String hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
