package org.lurewatch.warnings;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.lurewatch.support.IntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same contract on a real MongoDB 8, wherever a Docker engine exists; skipped cleanly where
 * none does. The URI goes through {@code spring.mongodb.uri}, the production path.
 */
@IntegrationTest
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lurewatch.seed.enabled=false")
class MongoContainerWarningApiTest extends WarningApiContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    /** Keys live outside the database; with a real MongoDB they are files, here throw-away ones. */
    @TempDir
    static Path secrets;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("lurewatch"));
        registry.add("lurewatch.secrets.dir", secrets::toString);
    }
}
