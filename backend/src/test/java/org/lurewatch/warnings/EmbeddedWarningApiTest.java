package org.lurewatch.warnings;

import org.springframework.boot.test.context.SpringBootTest;

/** The warning contract on the embedded default database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lurewatch.embedded-mongo.in-memory=true", "lurewatch.seed.enabled=false"})
class EmbeddedWarningApiTest extends WarningApiContract {
}
