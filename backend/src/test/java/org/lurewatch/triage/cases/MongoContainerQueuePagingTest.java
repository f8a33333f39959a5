package org.lurewatch.triage.cases;

import org.lurewatch.support.IntegrationTest;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same queue on a real MongoDB 8, wherever a Docker engine exists; skipped cleanly where none
 * does: the keyset, the stale-rank look and the conditional rank writes are plain queries both
 * engines must answer alike.
 */
@IntegrationTest
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerQueuePagingTest extends TriageQueuePagingTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Override
    protected String connectionString() {
        return MONGO.getReplicaSetUrl("lurewatch");
    }
}
