package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff console's files are never cached (a shared computer's cache would tell the next user what
 * an officer opened), while the public site keeps its public max-age and still sets no cookie.
 */
@SiteTest
class StaffConsoleHeadersTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/staff/", "/staff/index.html", "/staff/queue.html", "/staff/tip.html", "/staff/account.html",
            "/staff/js/session.js", "/staff/css/staff.css"})
    void staffFilesAreNeverStored(String path) {
        GraphQlClient.Reply reply = new GraphQlClient(port).get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        assertThat(reply.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(reply.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }

    @Test
    void theConsoleHasAnAddressWithoutTheFileName() {
        GraphQlClient.Reply bare = new GraphQlClient(port).get("/staff");
        assertThat(bare.status()).isBetween(301, 308);
        assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/staff/"));
        assertThat(new GraphQlClient(port).get("/staff/").raw()).contains("<title>Sign in — LureWatch staff console</title>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/report.html", "/my-report.html", "/js/api.js", "/css/site.css"})
    void publicFilesStayCacheableAndCookieFree(String path) {
        GraphQlClient.Reply reply = new GraphQlClient(port).get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        assertThat(reply.headers().firstValue("Cache-Control")).as(path)
                .hasValueSatisfying(v -> assertThat(v).contains("max-age").doesNotContain("no-store"));
        assertThat(reply.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
}
