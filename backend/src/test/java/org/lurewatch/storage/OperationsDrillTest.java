package org.lurewatch.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lurewatch.LureWatchApplication;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.IntegrationTest;
import org.lurewatch.support.StaffClient;
import org.lurewatch.support.TipApi;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The operator's drill and the database that is not the right one. Tips arrive, a backup is taken
 * (POST /staff/backups), more tips arrive, the data folder is destroyed: the portal refuses to start
 * on the empty folder; the backup is restored; every tip answered before the backup is found by its
 * receipt, the later ones are gone and an ERROR says how many writes were lost. A backup of another
 * installation, a database without its keys and a partial secrets folder are refused.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsDrillTest {

    @TempDir
    Path root;

    private ConfigurableApplicationContext start(Path data, Path secrets, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--lurewatch.embedded-mongo.data-dir=" + data, "--lurewatch.secrets.dir=" + secrets,
                "--lurewatch.storage.backup-dir=" + root.resolve("backups"),
                "--lurewatch.abuse.proof-of-work.difficulty=8",
                "--lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(LureWatchApplication.class).run(args.toArray(String[]::new));
    }

    private static GraphQlClient client(ConfigurableApplicationContext context) {
        return new GraphQlClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static Path backup(GraphQlClient client) {
        String token = StaffClient.issueToken(client, "admin", StaffClient.ADMIN_PASSWORD);
        GraphQlClient.Reply reply = StaffClient.postJson(client, "/staff/backups", Map.of(),
                "Authorization", "Bearer " + token);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return Path.of(reply.body().path("file").asString());
    }

    @Test
    void drillBackupDestroyRestore(CapturedOutput output) throws Exception {
        Path data = root.resolve("data");
        Path secrets = root.resolve("secrets");
        List<String> beforeBackup = new ArrayList<>();
        List<String> afterBackup = new ArrayList<>();
        Path backup;
        try (ConfigurableApplicationContext portal = start(data, secrets)) {
            GraphQlClient client = client(portal);
            TipApi tipster = TipApi.over(client);
            for (int i = 0; i < 3; i++) {
                beforeBackup.add(tipster.submitForReceipt(TipApi.tip(Map.of("story", "Before the backup " + i))));
            }
            GraphQlClient.Reply anonymous = StaffClient.postJson(client, "/staff/backups", Map.of());
            assertThat(anonymous.status()).as("administrators only").isEqualTo(401);
            backup = backup(client);
            for (int i = 0; i < 2; i++) {
                afterBackup.add(tipster.submitForReceipt(TipApi.tip(Map.of("story", "After the backup " + i))));
            }
        }
        destroy(data);

        assertThatThrownBy(() -> start(data, secrets)).as("keys without their database")
                .hasStackTraceContaining("is empty (or missing)").hasStackTraceContaining("restore-from");

        int from = output.getOut().length();
        try (ConfigurableApplicationContext restore = start(data, secrets, "--lurewatch.storage.restore-from=" + backup)) {
            assertThat(restore.isActive()).as("a restore run ends by itself").isFalse();
        }
        // two tips after the backup: at least two commits (the triage cases opened for them may add one)
        assertThat(output.getOut().substring(from).lines()).anyMatch(line -> line.contains("ERROR")
                && line.contains("restored from " + backup.getFileName())
                && line.matches(".*: ([2-9]|\\d\\d+) commit\\(s\\) of acknowledged writes.*"));
        from = output.getOut().length();

        try (ConfigurableApplicationContext portal = start(data, secrets)) {
            GraphQlClient client = client(portal);
            TipApi tipster = TipApi.over(client);
            for (String receipt : beforeBackup) {
                assertThat(tipster.status(receipt).path("data").path("tipStatus").path("status").asString())
                        .isEqualTo("RECEIVED");
            }
            for (String receipt : afterBackup) {
                assertThat(tipster.status(receipt).path("errors").path(0).path("extensions").path("code").asString())
                        .as("lost with the data folder").isEqualTo("NOT_FOUND");
            }
            assertThat(output.getOut().substring(from)).as("said again at each start").contains("Reminder");
            tipster.submitForReceipt(TipApi.tip(Map.of("story", "After the restore")));
        }
    }

    @Test
    void aDatabaseThatIsNotTheKeysOwnIsRefused() throws Exception {
        Path otherBackup;
        try (ConfigurableApplicationContext other = start(root.resolve("other"), root.resolve("other-secrets"))) {
            otherBackup = backup(client(other));
        }
        Path data = root.resolve("data");
        Path secrets = root.resolve("secrets");
        try (ConfigurableApplicationContext portal = start(data, secrets)) {
            TipApi.over(client(portal)).submitForReceipt(TipApi.tip());
        }
        assertThatThrownBy(() -> start(data, secrets, "--lurewatch.storage.restore-from=" + otherBackup))
                .hasStackTraceContaining("belongs to another database");
        assertThatThrownBy(() -> start(root.resolve("other"), secrets)).as("another installation's data folder")
                .hasStackTraceContaining("nothing is served from it");

        Files.delete(secrets.resolve("receipt-hash.key"));
        assertThatThrownBy(() -> start(data, secrets)).as("a partial secrets folder")
                .hasStackTraceContaining("receipt-hash.key is missing");
        assertThat(secrets.resolve("receipt-hash.key")).as("no new key over old data").doesNotExist();

        destroy(secrets);
        assertThatThrownBy(() -> start(data, secrets)).as("no secrets at all")
                .hasStackTraceContaining("holds none of its keys");
        assertThat(secrets.resolve("tip-keyset.json")).doesNotExist();
    }

    @Test
    void aDeliberateFreshStartIsAnExplicitChoice() throws Exception {
        Path data = root.resolve("data");
        Path secrets = root.resolve("secrets");
        try (ConfigurableApplicationContext portal = start(data, secrets)) {
            TipApi.over(client(portal)).submitForReceipt(TipApi.tip());
        }
        destroy(data);
        try (ConfigurableApplicationContext portal = start(data, secrets, "--lurewatch.storage.fresh-start=true")) {
            assertThat(client(portal).get("/actuator/health").status()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext portal = start(data, secrets)) {
            assertThat(client(portal).get("/actuator/health").status()).as("the new database is now the keys' own")
                    .isEqualTo(200);
        }
    }

    private static void destroy(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
