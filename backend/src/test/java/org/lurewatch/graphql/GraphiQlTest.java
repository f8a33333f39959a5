package org.lurewatch.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GraphiQL switched on: everything from the jar, a sandboxed page, no redirect built from the Host
 * header (issue 22, findings 9 and 11). GraphiQlBrowserTest shows in Chromium that it cannot use a
 * staff session; GraphiQlOffTest that it is off by default.
 */
@PortalTest // switches GraphiQL on
class GraphiQlTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void thePageAndEverythingItLoadsComeFromThePortal() {
        GraphQlClient http = new GraphQlClient(port);
        GraphQlClient.Reply page = http.get("/graphiql");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        List<String> references = new ArrayList<>();
        Matcher m = REFERENCE.matcher(page.raw());
        while (m.find()) {
            references.add(m.group(1));
        }
        assertThat(references).hasSize(6).allMatch(r -> r.startsWith("/graphiql/assets/"));
        assertThat(page.raw()).doesNotContain("esm.sh").doesNotContain("<script>").doesNotContain("type=\"module\"");
        for (String reference : references) {
            GraphQlClient.Reply asset = http.get(reference);
            assertThat(asset.status()).as(reference).isEqualTo(200);
            assertThat(asset.contentType()).startsWith(reference.endsWith(".css") ? "text/css" : "text/javascript");
        }
        for (String other : new String[] {"/graphiql/assets/index.html", "/graphiql/assets/README.txt",
                "/graphiql/assets/..%2Fapplication.yml", "/graphiql/assets/LICENSE-react.txt"}) {
            assertThat(http.get(other).status()).as(other).isIn(400, 404);
        }
    }

    @Test
    void thePageIsSandboxedAndTrustsNoOtherOrigin() {
        String csp = new GraphQlClient(port).get("/graphiql").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).startsWith("sandbox allow-scripts").doesNotContain("allow-same-origin")
                .doesNotContain("https:").doesNotContain("esm.sh").doesNotContain("unsafe-eval")
                .contains("script-src 'self';", "connect-src 'self'", "frame-ancestors 'none'");
    }

    @Test
    void theSandboxedPageMayCallThePublicApiButGetsNoCredentialsAndNoStaffAnswer() {
        GraphQlClient http = new GraphQlClient(port);
        GraphQlClient.Reply api = preflight(http, "/graphql");
        assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).contains("null");
        assertThat(api.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        for (String staff : new String[] {"/staff/graphql", "/staff/csrf", "/staff/session"}) {
            assertThat(preflight(http, staff).headers().firstValue("Access-Control-Allow-Origin")).as(staff).isEmpty();
        }
    }

    private GraphQlClient.Reply preflight(GraphQlClient http, String path) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "null").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());
    }

    @Test
    void theHostHeaderIsNeverReflected() throws IOException {
        for (String target : new String[] {"/graphiql", "/graphiql?path=/graphql", "/graphiql/"}) {
            String response = raw("GET " + target + " HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
            assertThat(response).as(target).doesNotContainIgnoringCase("attacker.example")
                    .doesNotStartWith("HTTP/1.1 3");
        }
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
