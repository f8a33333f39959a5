package org.lurewatch.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@link TwoInstancesContract} on this machine, without Docker: a real redis-server as a child
 * process, and the embedded database of instance A listening on a loopback port for instance B
 * (the test-and-development mode {@code lurewatch.embedded-mongo.port}).
 */
class TwoInstancesTest extends TwoInstancesContract {

    private RedisServerProcess redis;

    @Override
    protected List<Map<String, String>> startBackends(Path dir) throws Exception {
        redis = RedisServerProcess.start();
        int mongoPort = RedisServerProcess.freePort();
        Map<String, String> shared = Map.of("spring.data.redis.host", "127.0.0.1",
                "spring.data.redis.port", Integer.toString(redis.port()));
        Map<String, String> hostA = new java.util.HashMap<>(shared);
        hostA.put("lurewatch.embedded-mongo.data-dir", dir.resolve("data").toString());
        hostA.put("lurewatch.embedded-mongo.port", Integer.toString(mongoPort));
        Map<String, String> clientB = new java.util.HashMap<>(shared);
        clientB.put("spring.mongodb.uri", "mongodb://127.0.0.1:" + mongoPort + "/lurewatch");
        clientB.put("lurewatch.embedded-mongo.data-dir", dir.resolve("b").toString());
        return List.of(hostA, clientB);
    }

    @Override
    protected void stopRedis() throws Exception {
        redis.kill();
    }

    @Override
    protected void startRedis() throws Exception {
        redis.start0();
    }

    @Override
    protected void stopBackends() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }
}
