package org.lurewatch.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;

import com.google.common.hash.Hashing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lurewatch.access.StaffTestContext;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every kind of response carries the security headers; private ones are never cached, public ones keep theirs. */
@StaffTestContext
class SecurityHeadersTest {

    private static final String LATEST = "query Latest { warnings(first: 1) { edges { node { slug } } } }";

    @LocalServerPort
    int port;
    GraphQlClient client;

    @BeforeEach
    void setUp() {
        client = new GraphQlClient(port);
    }

    enum Caching { NO_STORE, PUBLIC }

    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of("home page", Caching.PUBLIC),
                Arguments.of("static script", Caching.PUBLIC),
                Arguments.of("POST /graphql", Caching.NO_STORE),
                Arguments.of("persisted GET", Caching.PUBLIC),
                Arguments.of("feed", Caching.PUBLIC),
                Arguments.of("staff session", Caching.NO_STORE),
                Arguments.of("staff sign-in", Caching.NO_STORE),
                Arguments.of("404", Caching.NO_STORE));
    }

    private GraphQlClient.Reply fetch(String what) {
        return switch (what) {
            case "home page" -> client.get("/");
            case "static script" -> client.get("/js/index.js");
            case "POST /graphql" -> client.query("{ tipChallenge { difficulty } }");
            case "persisted GET" -> persistedGet();
            case "feed" -> client.get("/feeds/warnings.atom");
            case "staff session" -> client.get("/staff/session");
            case "staff sign-in" -> StaffClient.postSession(client, "admin", StaffClient.ADMIN_PASSWORD);
            case "404" -> client.get("/no/such/page");
            default -> throw new IllegalArgumentException(what);
        };
    }

    private GraphQlClient.Reply persistedGet() {
        String hash = HexFormat.of().formatHex(Hashing.sha256().hashString(LATEST, StandardCharsets.UTF_8).asBytes());
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
        client.post("{\"query\":\"" + LATEST + "\",\"extensions\":" + extensions + "}", "application/json",
                "application/graphql-response+json");
        GraphQlClient.Reply reply = client.send(HttpRequest.newBuilder(URI.create(client.base() + "/graphql?extensions="
                + URLEncoder.encode(extensions, StandardCharsets.UTF_8))).GET().build());
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void everyResponseCarriesTheSecurityHeaders(String what, Caching caching) {
        GraphQlClient.Reply reply = fetch(what);
        HttpHeaders h = reply.headers();
        assertThat(h.firstValue("Content-Security-Policy")).hasValue("default-src 'self'; script-src 'self'; "
                + "style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
                + "base-uri 'none'; form-action 'self'");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(h.firstValue("Permissions-Policy").orElseThrow())
                .contains("camera=()", "microphone=()", "geolocation=()", "accelerometer=()", "gyroscope=()",
                        "magnetometer=()");
        assertThat(h.firstValue("Strict-Transport-Security")).as("HSTS only over TLS").isEmpty();
        assertThat(h.map().keySet()).noneMatch(name -> name.equalsIgnoreCase("Server")
                || name.equalsIgnoreCase("X-Powered-By") || name.equalsIgnoreCase("X-Application-Context"));
        String cacheControl = String.join(",", h.allValues("Cache-Control"));
        if (caching == Caching.NO_STORE) {
            assertThat(cacheControl).contains("no-store");
        } else {
            assertThat(cacheControl).contains("public").doesNotContain("no-store");
        }
        assertThat(reply.raw()).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
    }

    @Test
    void tomcatsOwnErrorPagesNameNoServer() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write("GET /%%% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            String response = out.toString(StandardCharsets.ISO_8859_1);
            assertThat(response).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("tomcat")
                    .doesNotContainIgnoringCase("\r\nServer:");
        }
    }

}
