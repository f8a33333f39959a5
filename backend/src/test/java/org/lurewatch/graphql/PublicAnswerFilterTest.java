package org.lurewatch.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import com.google.common.hash.Hashing;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.PublicApiTest;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.WarningChanged;
import org.lurewatch.warnings.WarningStatus;
import org.lurewatch.warnings.store.WarningRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A repeated public query is answered from stored bytes: the same answer, the same security
 * headers, never stale after a change, and never given to a request that carries credentials.
 */
@PublicApiTest
class PublicAnswerFilterTest {

    private static final String BODY =
            "{\"query\":\"{ warnings(first: 5) { totalCount edges { node { slug title } } } }\"}";

    @LocalServerPort
    int port;
    @Autowired
    WarningRepository repository;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MeterRegistry meters;
    GraphQlClient client;

    @BeforeEach
    void setUp() {
        client = new GraphQlClient(port);
        repository.deleteAll();
        publish("first", "2026-01-01T00:00:00Z");
    }

    private void publish(String slug, String at) {
        repository.save(TestWarnings.warning(slug).publishedAt(at).build());
        events.publishEvent(new WarningChanged(null, slug, WarningStatus.PUBLISHED));
    }

    private GraphQlClient.Reply ask(String accept) {
        return client.post(BODY, "application/json", accept);
    }

    private double storedAnswersServed() {
        return meters.counter("lurewatch.public.answers.stored").count();
    }

    @Test
    void theRepeatedAnswerIsTheSameBytesWithTheSameHeaders() {
        GraphQlClient.Reply first = ask("application/graphql-response+json");
        double before = storedAnswersServed();
        GraphQlClient.Reply again = ask("application/graphql-response+json");
        for (int i = 0; i < 4; i++) {
            assertThat(ask("application/graphql-response+json").raw()).isEqualTo(first.raw());
        }
        // at least 3 of the 5 repeats from the store: a background catalogue check may refresh it once
        assertThat(storedAnswersServed() - before).as("answers served from the store").isGreaterThanOrEqualTo(3);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.raw()).isEqualTo(first.raw()).contains("\"first\"");
        assertThat(again.contentType()).isEqualTo(first.contentType()).startsWith("application/graphql-response+json");
        for (String header : new String[] {"Content-Security-Policy", "Cache-Control", "X-Content-Type-Options",
                "Referrer-Policy", "Pragma"}) {
            assertThat(again.headers().allValues(header)).as(header).isEqualTo(first.headers().allValues(header))
                    .isNotEmpty();
        }
        assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
    }

    /** The GET path of the test query by its hash, after the one POST that teaches the server the hash. */
    private String taughtGetPath() {
        String query = "{ warnings(first: 5) { totalCount edges { node { slug title } } } }";
        String hash = HexFormat.of().formatHex(Hashing.sha256().hashString(query, StandardCharsets.UTF_8).asBytes());
        client.post("{\"query\":\"" + query + "\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + hash + "\"}}}", "application/json", "application/graphql-response+json");
        return "/graphql?extensions=" + URLEncoder.encode(
                "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}", StandardCharsets.UTF_8);
    }

    @Test
    void aRepeatedGetByHashIsServedFromTheStoreAndRevalidated() {
        String path = taughtGetPath();
        GraphQlClient.Reply first = client.get(path);
        double before = storedAnswersServed();
        GraphQlClient.Reply again = client.get(path);
        assertThat(client.get(path).raw()).isEqualTo(first.raw());
        assertThat(client.get(path).raw()).isEqualTo(first.raw());
        assertThat(storedAnswersServed() - before).as("answers served from the store").isGreaterThanOrEqualTo(2);
        assertThat(again.raw()).isEqualTo(first.raw()).contains("\"first\"");
        assertThat(again.contentType()).isEqualTo(first.contentType());
        for (String header : new String[] {"ETag", "Cache-Control", "Content-Security-Policy", "Vary"}) {
            assertThat(again.headers().allValues(header)).as(header).isEqualTo(first.headers().allValues(header))
                    .isNotEmpty();
        }
        GraphQlClient.Reply unchanged = client.send(HttpRequest.newBuilder(URI.create(client.base() + path))
                .header("If-None-Match", first.headers().firstValue("ETag").orElseThrow()).GET().build());
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.raw()).isEmpty();
    }

    @Test
    void storedAnswersOfDifferentShapesOnOneConnectionStayIntact() throws Exception {
        // Tomcat reuses a connection's header slots and writes later values into what a slot held:
        // stored answers with more headers (GET) and fewer (POST) took turns on one connection
        String path = taughtGetPath();
        String get = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/graphql-response+json\r\n\r\n";
        String post = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\n"
                + "Content-Length: " + BODY.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + BODY;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            java.io.InputStream in = socket.getInputStream();
            java.io.OutputStream out = socket.getOutputStream();
            Map<Boolean, String> first = new HashMap<>();
            for (int i = 0; i < 12; i++) {
                boolean isGet = i % 3 != 1;
                out.write((isGet ? get : post).getBytes(StandardCharsets.UTF_8));
                out.flush();
                String answer = RawHttp.response(in).replaceAll("(?im)^date:.*$", "");
                if (i < 3) {
                    first.put(isGet, answer); // the first of each may come from the normal path, the rest from the store
                } else {
                    assertThat(answer).as((isGet ? "GET" : "POST") + " answer " + i).isEqualTo(first.get(isGet));
                }
            }
        }
    }

    @Test
    void theAnswerFollowsWhatTheClientAccepts() {
        ask("application/graphql-response+json");
        GraphQlClient.Reply json = ask("application/json");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(ask("application/json").contentType()).startsWith("application/json");
        assertThat(ask("application/graphql-response+json").contentType()).startsWith("application/graphql-response+json");
    }

    @Test
    void aChangeIsSeenAtOnce() {
        assertThat(ask("application/json").data().path("warnings").path("totalCount").asInt()).isEqualTo(1);
        assertThat(ask("application/json").data().path("warnings").path("totalCount").asInt()).isEqualTo(1);
        publish("second", "2026-02-01T00:00:00Z");
        GraphQlClient.Reply after = ask("application/json");
        assertThat(after.data().path("warnings").path("totalCount").asInt()).isEqualTo(2);
        assertThat(after.raw()).contains("\"second\"");
    }

    @Test
    void aRequestWithCredentialsNeverGetsTheSharedAnswer() {
        ask("application/json");
        ask("application/json");
        GraphQlClient.Reply withToken = client.send(HttpRequest.newBuilder(URI.create(client.base() + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer lwst_not-a-real-token")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build());
        assertThat(withToken.status()).isEqualTo(401);
        assertThat(withToken.raw()).doesNotContain("\"first\"");
    }
}
