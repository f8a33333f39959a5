package org.lurewatch.cluster;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} (Debian's package) as a child process of the test, on a free loopback
 * port, without persistence, as the production stack runs it. Skipped where it is not installed,
 * failed instead with {@code CI=true}.
 */
final class RedisServerProcess implements AutoCloseable {

    private final Path binary;
    private final int port;
    private Process process;

    private RedisServerProcess(Path binary, int port) {
        this.binary = binary;
        this.port = port;
    }

    static RedisServerProcess start() throws Exception {
        Path binary = Path.of(System.getProperty("lurewatch.test.redis-server", "/usr/bin/redis-server"));
        if (!Files.isExecutable(binary)) {
            if ("true".equals(System.getenv("CI"))) {
                fail(binary + " is missing: CI must install Debian's redis-server package");
            }
            Assumptions.abort(binary + " is not installed (apt-get install redis-server): two-instance tests skipped");
        }
        RedisServerProcess redis = new RedisServerProcess(binary, freePort());
        redis.start0();
        return redis;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    /** Starts it again on the same port (after {@link #kill()}). */
    void start0() throws Exception {
        process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--protected-mode", "yes")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!answersPing()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                fail("redis-server did not start on port " + port);
            }
            Thread.sleep(20);
        }
    }

    /** Ends it at once, as a crash would (SIGKILL). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private boolean answersPing() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            OutputStream out = s.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            kill();
        }
    }
}
