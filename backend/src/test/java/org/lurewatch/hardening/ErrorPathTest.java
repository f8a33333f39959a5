package org.lurewatch.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.lurewatch.access.StaffTestContext;
import org.lurewatch.support.GraphQlClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /error} asked for directly is simply not there; real errors still get their answer (issue 22, finding 11). */
@StaffTestContext
class ErrorPathTest {

    @LocalServerPort
    int port;

    @Test
    void aDirectRequestForTheErrorPageIsACleanNotFound() {
        GraphQlClient http = new GraphQlClient(port);
        for (String path : new String[] {"/error", "/error/", "/error?status=500"}) {
            GraphQlClient.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.firstError().path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
            assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("trace").doesNotContain("at org.");
        }
        GraphQlClient.Reply post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/error"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(post.status()).isEqualTo(404);
    }

    @Test
    void realErrorsStillReachTheErrorPage() {
        GraphQlClient.Reply missing = new GraphQlClient(port).get("/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
    }
}
