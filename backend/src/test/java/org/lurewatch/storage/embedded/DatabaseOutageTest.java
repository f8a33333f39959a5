package org.lurewatch.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.TipApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * MongoDB goes away under a running portal and comes back: warnings are still read from memory, a tip is
 * refused quickly with a retryable SERVICE_UNAVAILABLE (never acknowledged and lost), health is DOWN, and
 * everything works again once the database is back. The "external" database is a wire-protocol server
 * this test starts, stops and restarts on the same port over the same file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lurewatch.storage.server-selection-timeout=1500ms",
        "lurewatch.abuse.proof-of-work.difficulty=8"})
class DatabaseOutageTest {

    static final Path DIR;
    static final int PORT;
    static MongoServer server;

    static {
        try {
            DIR = Files.createTempDirectory("lurewatch-outage");
            try (ServerSocket probe = new ServerSocket(0)) {
                PORT = probe.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    static void start() {
        server = new MongoServer(new DurableH2Backend(new MVStore.Builder()
                .fileName(DIR.resolve("db.mv").toString()).open()));
        server.bind(new InetSocketAddress("127.0.0.1", PORT), 1, 1);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("lurewatch.secrets.dir", () -> DIR.resolve("secrets").toString());
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + PORT + "/lurewatch");
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @LocalServerPort
    int port;

    @Test
    void anOutageIsVisibleRetryableAndLosesNothing() throws InterruptedException {
        GraphQlClient client = new GraphQlClient(port);
        TipApi tipster = TipApi.over(client);
        String before = tipster.submitForReceipt(TipApi.tip());
        assertThat(health(client)).isEqualTo("UP");
        int warnings = client.query("{ warnings { totalCount } }").data().path("warnings").path("totalCount").asInt();
        assertThat(warnings).isPositive();

        server.shutdownNow();

        assertThat(client.query("{ warnings { totalCount } }").data().path("warnings").path("totalCount").asInt())
                .as("public reads come from memory").isEqualTo(warnings);
        long started = System.nanoTime();
        JsonNode refused = tipster.submit(TipApi.tip(Map.of("story", "Submitted during the outage")));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(refused.path("data").path("submitTip").isNull() || refused.path("data").path("submitTip").isMissingNode())
                .isTrue();
        JsonNode error = refused.path("errors").path(0);
        assertThat(error.path("extensions").path("code").asString()).as(refused.toString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(error.path("extensions").path("retryAfterSeconds").asInt()).isPositive();
        assertThat(error.path("message").asString()).contains("try again").doesNotContain("Exception");
        assertThat(took).as("fails fast, not after the driver's 30 s default").isLessThan(Duration.ofSeconds(12));
        assertThat(health(client)).isEqualTo("DOWN");

        start();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"UP".equals(health(client)) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(health(client)).isEqualTo("UP");
        String after = tipster.submitForReceipt(TipApi.tip(Map.of("story", "Submitted after the outage")));
        for (String receipt : new String[] {before, after}) {
            assertThat(tipster.status(receipt).path("data").path("tipStatus").path("status").asString()).isEqualTo("RECEIVED");
        }
    }

    private static String health(GraphQlClient client) {
        return client.get("/actuator/health").body().path("status").asString();
    }
}
