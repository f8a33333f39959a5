package org.lurewatch.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lurewatch.storage.EmbeddedMongoProperties;
import org.lurewatch.storage.embedded.EmbeddedMongoServer;
import org.lurewatch.support.FineTimes;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.IntegrationTest;
import org.lurewatch.support.LoopbackHttp;
import org.lurewatch.support.StaffClient;
import org.lurewatch.support.TipApi;
import org.lurewatch.support.TipSession;
import org.lurewatch.tips.TipSubmitted;
import org.lurewatch.triage.cases.CaseStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 22, "done when": a session that submits, follows up and triages tips, on the embedded
 * database in a data folder of its own, from a distinctive address (through a trusted proxy) and
 * user agent. Then a full copy of the data folder, without {@code secrets/}, and the complete
 * captured log hold no tip text, note, reason, reference, receipt, address or user agent; no
 * document of the copy holds a time finer than the hour, and the log names no tip (a log line's
 * own timestamp next to a tip id would date it).
 *
 * <p>What the copy still tells, and this test does not claim otherwise: the H2 file's chunk
 * headers record when each chunk was written (backend/GUIDE.md, "Privacy and keys").
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lurewatch.seed.enabled=false",
        "logging.level.org.lurewatch=DEBUG",
        "lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD,
        "lurewatch.abuse.trusted-proxies=127.31.41.61",
        "lurewatch.abuse.proof-of-work.difficulty=8"})
@Import(DataFolderPrivacyTest.Tips.class)
class DataFolderPrivacyTest {

    static final Path FOLDER = temp("lurewatch-data-");
    static final String ADDRESS = "203.0.113.177";
    static final String AGENT = "DataProbeAgent/9.77 (distinctive)";

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("lurewatch.embedded-mongo.data-dir", FOLDER::toString);
        registry.add("lurewatch.secrets.dir", () -> FOLDER.resolve("secrets").toString());
    }

    static class Tips {
        @Bean
        SubmittedIds submittedIds() {
            return new SubmittedIds();
        }
    }

    static class SubmittedIds {
        final ConcurrentLinkedDeque<String> ids = new ConcurrentLinkedDeque<>();

        @EventListener
        void on(TipSubmitted event) {
            ids.add(event.tipId());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    SubmittedIds submitted;
    @Autowired
    CaseStore cases;

    @AfterAll
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
    }

    @Test
    void aCopyOfTheDataFolderAndTheLogHoldNothingThatIdentifiesOrDatesATip(CapturedOutput output) throws Exception {
        LoopbackHttp http = new LoopbackHttp(port, "127.31.41.61");
        Map<String, String> headers = Map.of("User-Agent", AGENT, "X-Forwarded-For", ADDRESS);
        TipApi tipster = new TipApi((doc, vars) -> http.query(doc, vars, headers).body());
        GraphQlClient staffHttp = new GraphQlClient(port);
        StaffClient admin = StaffClient.signIn(staffHttp, "admin", StaffClient.ADMIN_PASSWORD);
        StaffClient officer = admin.newStaff("data-officer", "TRIAGE");

        TipSession.Secrets secrets = TipSession.run(tipster, officer, () -> {
            String id = submitted.ids.getLast();
            await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> cases.byId(id).isPresent());
            return id;
        });

        Path copy = temp("lurewatch-copy-");
        try {
            copyWithoutSecrets(FOLDER, copy);
            List<String> forbidden = new ArrayList<>(secrets.all());
            forbidden.addAll(List.of(ADDRESS, AGENT, "DataProbeAgent"));

            try (Stream<Path> files = Files.walk(copy)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    String latin = new String(bytes, StandardCharsets.ISO_8859_1);
                    String utf8 = new String(bytes, StandardCharsets.UTF_8);
                    for (String secret : forbidden) {
                        assertThat(utf8.contains(secret) || latin.contains(secret)).as(file + " holds " + secret).isFalse();
                    }
                    assertThat(FineTimes.inText(file.toString(), utf8)).as("times written as text in " + file).isEmpty();
                }
            }
            assertThat(documentTimes(copy)).as("times finer than the hour in the copy's documents").isEmpty();

            String log = output.getAll();
            for (String secret : forbidden) {
                assertThat(log).as("the log holds " + secret).doesNotContain(secret);
            }
            for (String tipId : secrets.tipIds()) {
                assertThat(log).as("the log names a tip (its line's time would date it)").doesNotContain(tipId);
            }
        } finally {
            FileSystemUtils.deleteRecursively(copy);
        }
    }

    /** Opens the copy as the portal would (its own embedded server) and scans every document. */
    private static List<String> documentTimes(Path copy) {
        List<String> fine = new ArrayList<>();
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(
                new EmbeddedMongoProperties(copy, "lurewatch", 4, false), copy.resolve("scan-secrets"), false, null);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase db = client.getDatabase("lurewatch");
            List<String> names = db.listCollectionNames().into(new ArrayList<>());
            assertThat(names).contains("tips", "triage_cases", "triage_audit");
            for (String name : names) {
                if (STAFF_ONLY.contains(name)) {
                    continue;
                }
                for (Document d : db.getCollection(name).find()) {
                    fine.addAll(FineTimes.in(name + "/" + d.get("_id"), d));
                }
            }
        }
        return fine;
    }

    /** Staff accounts and their tokens: they date staff, not tipsters. */
    static final List<String> STAFF_ONLY = List.of("staff_users", "api_tokens", "api_keys", "api_key_usage");

    private static void copyWithoutSecrets(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path relative = from.relativize(source);
                if (relative.startsWith("secrets")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
