package org.lurewatch.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lurewatch.LureWatchApplication;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.IntegrationTest;
import org.lurewatch.support.TipApi;
import tools.jackson.databind.JsonNode;

/**
 * When submitTip answers, the tip is durable: the app runs as a separate JVM on the embedded
 * default database, two clients submit tips as fast as they can, the process is killed with
 * SIGKILL right after an answer arrives, and after a restart on the same data every tip that was
 * answered is found by its receipt.
 */
@IntegrationTest
class TipDurabilityTest {

    private static final int ANSWERS_BEFORE_KILL = 12;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyAnsweredTipSurvivesKillMinus9() throws Exception {
        int port = freePort();
        ConcurrentLinkedQueue<String> receipts = new ConcurrentLinkedQueue<>();

        Process first = start(port);
        CountDownLatch enough = new CountDownLatch(ANSWERS_BEFORE_KILL);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> submitters = new ArrayList<>();
        try {
            awaitHealthy(first, port);
            for (int t = 0; t < 2; t++) {
                Thread thread = new Thread(() -> submitUntilStopped(port, receipts, enough, stop));
                thread.start();
                submitters.add(thread);
            }
            assertThat(enough.await(60, TimeUnit.SECONDS)).as("tips were answered").isTrue();
        } finally {
            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
            stop.set(true);
            first.waitFor(20, TimeUnit.SECONDS);
        }
        for (Thread thread : submitters) {
            thread.join(20_000);
        }
        List<String> answered = List.copyOf(receipts);
        assertThat(answered).hasSizeGreaterThanOrEqualTo(ANSWERS_BEFORE_KILL);
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("secrets").resolve("tip-keyset.json")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        Process second = start(port);
        try {
            awaitHealthy(second, port);
            TipApi api = TipApi.over(new GraphQlClient(port));
            List<String> lost = new ArrayList<>();
            for (String receipt : answered) {
                JsonNode status = api.status(receipt);
                if (!"RECEIVED".equals(status.path("data").path("tipStatus").path("status").asString())) {
                    lost.add(receipt + " -> " + status);
                }
            }
            assertThat(lost).as("answered tips missing after kill -9").isEmpty();
        } finally {
            second.destroyForcibly();
            second.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static void submitUntilStopped(int port, ConcurrentLinkedQueue<String> receipts, CountDownLatch enough,
            AtomicBoolean stop) {
        TipApi api = TipApi.over(new GraphQlClient(port));
        while (!stop.get()) {
            try {
                JsonNode answer = api.submit(TipApi.tip(Map.of("story", "durable " + System.nanoTime())));
                String receipt = answer.path("data").path("submitTip").path("receipt").asString();
                if (!receipt.isEmpty()) {
                    receipts.add(receipt);
                    enough.countDown();
                }
            } catch (RuntimeException connectionGone) {
                return;
            }
        }
    }

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), LureWatchApplication.class.getName(),
                "--server.port=" + port,
                "--lurewatch.embedded-mongo.data-dir=" + dataDir,
                "--lurewatch.seed.enabled=false",
                "--spring.main.banner-mode=off",
                "--lurewatch.abuse.proof-of-work.difficulty=4",
                "--lurewatch.abuse.limits.submission.burst.capacity=100000",
                "--lurewatch.abuse.limits.submission.sustained.capacity=100000",
                "--lurewatch.abuse.limits.receipt-lookup.burst.capacity=100000",
                "--lurewatch.abuse.limits.receipt-lookup.sustained.capacity=100000");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread drain = new Thread(() -> drain(process));
        drain.setDaemon(true);
        drain.start();
        return process;
    }

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    private void drain(Process process) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                log.add(line);
            }
        } catch (IOException ignored) {
            // the process was killed
        }
    }

    private void awaitHealthy(Process process, int port) throws InterruptedException {
        GraphQlClient client = new GraphQlClient(port);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the app died on start:\n" + String.join("\n", log));
            }
            try {
                if ("UP".equals(client.get("/actuator/health").body().path("status").asString())) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the app did not become healthy:\n" + String.join("\n", log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
