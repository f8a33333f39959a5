package org.lurewatch.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lurewatch.LureWatchApplication;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.IntegrationTest;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.WarningChanged;
import org.lurewatch.warnings.WarningStatus;
import org.lurewatch.warnings.store.WarningRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default keeps its data across restarts, loads the samples exactly once, and
 * reports itself healthy (it answers the {@code hello} Boot's health check sends).
 */
@IntegrationTest
class EmbeddedPersistenceTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LureWatchApplication.class)
                .run("--server.port=0", "--lurewatch.embedded-mongo.data-dir=" + dataDir, "--spring.main.banner-mode=off");
    }

    private static GraphQlClient client(ConfigurableApplicationContext context) {
        return new GraphQlClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void dataSurvivesARestartAndSamplesAreLoadedOnce() {
        int samples;
        try (ConfigurableApplicationContext first = start()) {
            GraphQlClient client = client(first);
            assertThat(client.get("/actuator/health").body().path("status").asString()).isEqualTo("UP");
            samples = client.query("{ warnings { totalCount } }").data().path("warnings").path("totalCount").asInt();
            assertThat(samples).isGreaterThanOrEqualTo(1);
            first.getBean(WarningRepository.class).save(TestWarnings.warning("written-before-restart")
                    .publishedAt("2026-11-20T00:00:00Z").build());
            first.publishEvent(new WarningChanged(null, "written-before-restart", WarningStatus.PUBLISHED));
        }
        assertThat(Files.exists(dataDir.resolve("lurewatch.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            GraphQlClient client = client(second);
            assertThat(client.get("/actuator/health").body().path("status").asString()).isEqualTo("UP");
            assertThat(client.query("{ warning(slug: \"written-before-restart\") { slug } }")
                    .data().path("warning").path("slug").asString()).isEqualTo("written-before-restart");
            assertThat(client.query("{ warnings { totalCount } }").data().path("warnings").path("totalCount").asInt())
                    .as("samples are not loaded a second time").isEqualTo(samples + 1);
        }
    }

    @Test
    void aSecondProcessOnTheSameDataFileIsRefusedClearly() {
        try (ConfigurableApplicationContext first = start()) {
            assertThatThrownBy(this::start).hasStackTraceContaining("in use by another process");
        }
    }
}
