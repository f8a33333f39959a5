package org.lurewatch.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lurewatch.storage.EmbeddedMongoProperties;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.IntegrationTest;
import org.lurewatch.support.StaffClient;
import org.lurewatch.support.TipApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The disk fills up under a running portal (a file system in front of H2 that fails every write as
 * ENOSPC does) and space comes back: a tip is refused with SERVICE_UNAVAILABLE and a retry time
 * (never acknowledged), staff REST answers 503, readiness is DOWN while liveness stays UP, and the
 * portal recovers by itself, without a restart, with every earlier tip still there.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.allow-bean-definition-overriding=true",
        "lurewatch.abuse.proof-of-work.difficulty=8",
        "lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD})
class DiskFullTest {

    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("lurewatch-diskfull");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("lurewatch.embedded-mongo.data-dir", () -> DIR.resolve("data").toString());
        registry.add("lurewatch.secrets.dir", () -> DIR.resolve("secrets").toString());
    }

    /** The server of the app, with its data file opened through {@link FaultyFiles}. */
    @TestConfiguration
    static class FaultyDisk {
        @Bean(destroyMethod = "close")
        EmbeddedMongoServer embeddedMongoServer(EmbeddedMongoProperties properties, ApplicationContext context,
                @Value("${lurewatch.secrets.dir}") Path secrets) {
            EmbeddedMongoServer server = new EmbeddedMongoServer(properties, secrets, false, null,
                    FaultyFiles.name(properties.dataFile()));
            EmbeddedMongoConfiguration.publishAvailability(server.status(), context);
            return server;
        }
    }

    @AfterAll
    static void clear() {
        FaultyFiles.reset();
    }

    @LocalServerPort
    int port;

    @Test
    void aFullDiskIsAnOutageThatEndsByItself() throws Exception {
        GraphQlClient client = new GraphQlClient(port);
        TipApi tipster = TipApi.over(client);
        String before = tipster.submitForReceipt(TipApi.tip(Map.of("story", "Stored before the disk filled up")));
        assertThat(status(client, "/actuator/health/readiness")).isEqualTo(200);

        FaultyFiles.diskFull = true;
        try {
            JsonNode refused = tipster.submit(TipApi.tip(Map.of("story", "Sent while the disk is full")));
            JsonNode error = refused.path("errors").path(0);
            assertThat(error.path("extensions").path("code").asString()).as(refused.toString())
                    .isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(error.path("extensions").path("retryAfterSeconds").asInt()).isPositive();
            assertThat(refused.path("data").path("submitTip").isNull() || refused.path("data").path("submitTip").isMissingNode())
                    .as("nothing acknowledged").isTrue();
            assertThat(status(client, "/actuator/health/readiness")).as("readiness").isEqualTo(503);
            assertThat(status(client, "/actuator/health/liveness")).as("liveness: a restart would not help").isEqualTo(200);
            assertThat(status(client, "/actuator/health")).isEqualTo(503);
            GraphQlClient.Reply signIn = StaffClient.postJson(client, "/staff/token",
                    Map.of("username", "admin", "password", StaffClient.ADMIN_PASSWORD, "label", "during the outage"));
            assertThat(signIn.status()).as("staff REST: " + signIn.raw()).isEqualTo(503);
            assertThat(signIn.body().path("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(client.query("{ warnings { totalCount } }").data().path("warnings").path("totalCount").asInt())
                    .as("public reads come from memory").isPositive();
        } finally {
            FaultyFiles.diskFull = false;
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (status(client, "/actuator/health/readiness") != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(status(client, "/actuator/health/readiness")).as("recovered without a restart").isEqualTo(200);
        String after = tipster.submitForReceipt(TipApi.tip(Map.of("story", "Sent once space came back")));
        for (String receipt : new String[] {before, after}) {
            assertThat(tipster.status(receipt).path("data").path("tipStatus").path("status").asString()).isEqualTo("RECEIVED");
        }
        assertThat(StaffClient.issueToken(client, "admin", StaffClient.ADMIN_PASSWORD)).startsWith("lwst_");
    }

    private static int status(GraphQlClient client, String path) {
        return client.get(path).status();
    }
}
