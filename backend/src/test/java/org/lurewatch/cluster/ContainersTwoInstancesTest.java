package org.lurewatch.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * {@link TwoInstancesContract} on the production engines, wherever a Docker engine exists (skipped
 * cleanly where none does): a {@code mongo:8} replica set (a one-member set, as Testcontainers runs
 * it: both instances write with majority and journal through the replica-set URI) and
 * {@code redis:7}. Redis "goes away" by being paused, so the portal meets timeouts rather than
 * refused connections: the other way an outage looks.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersTwoInstancesTest extends TwoInstancesContract {

    private MongoDBContainer mongo;
    private GenericContainer<?> redis;

    @Override
    protected List<Map<String, String>> startBackends(Path dir) {
        mongo = new MongoDBContainer("mongo:8");
        redis = new GenericContainer<>("redis:7").withExposedPorts(6379).withCommand("redis-server", "--save", "", "--appendonly", "no");
        mongo.start();
        redis.start();
        Map<String, String> each = Map.of(
                "spring.mongodb.uri", mongo.getReplicaSetUrl("lurewatch"),
                "spring.data.redis.host", redis.getHost(),
                "spring.data.redis.port", Integer.toString(redis.getMappedPort(6379)));
        Map<String, String> a = new java.util.HashMap<>(each);
        a.put("lurewatch.embedded-mongo.data-dir", dir.resolve("a").toString());
        Map<String, String> b = new java.util.HashMap<>(each);
        b.put("lurewatch.embedded-mongo.data-dir", dir.resolve("b").toString());
        return List.of(a, b);
    }

    @Override
    protected void stopRedis() {
        DockerClientFactory.instance().client().pauseContainerCmd(redis.getContainerId()).exec();
    }

    @Override
    protected void startRedis() {
        DockerClientFactory.instance().client().unpauseContainerCmd(redis.getContainerId()).exec();
    }

    @Override
    protected void stopBackends() {
        if (redis != null) {
            redis.stop();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }
}
