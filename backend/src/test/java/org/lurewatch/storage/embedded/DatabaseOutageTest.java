package org.lurewatch.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.IntegrationTest;
import org.lurewatch.support.TipApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * MongoDB goes away under a running portal and comes back: warnings are still read from memory, a tip is
 * refused with a retryable SERVICE_UNAVAILABLE once the configured server selection time is up (never
 * acknowledged and lost), health is DOWN, and everything works again once the database is back. The "external" database is a wire-protocol server
 * this test starts, stops and restarts on the same port over the same file.
 */
@IntegrationTest
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
    @Autowired
    MongoClient mongoClient;

    @Test
    void anOutageIsVisibleRetryableAndLosesNothing() {
        GraphQlClient client = new GraphQlClient(port);
        TipApi tipster = TipApi.over(client);
        String before = tipster.submitForReceipt(TipApi.tip());
        assertThat(health(client)).isEqualTo("UP");
        int warnings = client.query("{ warnings { totalCount } }").data().path("warnings").path("totalCount").asInt();
        assertThat(warnings).isPositive();

        server.shutdownNow();

        assertThat(client.query("{ warnings { totalCount } }").data().path("warnings").path("totalCount").asInt())
                .as("public reads come from memory").isEqualTo(warnings);
        JsonNode refused = tipster.submit(TipApi.tip(Map.of("story", "Submitted during the outage")));
        assertThat(refused.path("data").path("submitTip").isNull() || refused.path("data").path("submitTip").isMissingNode())
                .isTrue();
        JsonNode error = refused.path("errors").path(0);
        assertThat(error.path("extensions").path("code").asString()).as(refused.toString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(error.path("extensions").path("retryAfterSeconds").asInt()).isPositive();
        assertThat(error.path("message").asString()).contains("try again").doesNotContain("Exception");
        // fails fast: the driver gives up after the configured 1.5 s, not its 30 s default (the time
        // itself is not measured here: on a busy machine any bound is either flaky or meaningless)
        assertThat(mongoClient.getClusterDescription().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(1500);
        assertThat(health(client)).isEqualTo("DOWN");

        start();

        await("health UP again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> "UP".equals(health(client)));
        String after = tipster.submitForReceipt(TipApi.tip(Map.of("story", "Submitted after the outage")));
        for (String receipt : new String[] {before, after}) {
            assertThat(tipster.status(receipt).path("data").path("tipStatus").path("status").asString()).isEqualTo("RECEIVED");
        }
    }

    private static String health(GraphQlClient client) {
        return client.get("/actuator/health").body().path("status").asString();
    }
}
