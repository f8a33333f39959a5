package org.lurewatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.access.StaffTestContext;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every error outside GraphQL, whoever answers it (a controller's advice, Spring Security, a filter,
 * Spring MVC itself), is one RFC 9457 problem detail with the portal's code, and GraphQL clients
 * still find it in {@code errors[0].extensions.code}.
 */
@StaffTestContext
class ProblemDetailsTest {

    @LocalServerPort
    int port;

    @Test
    void refusalsFromEveryLayerShareOneFormat() {
        GraphQlClient http = new GraphQlClient(port);
        assertProblem(StaffClient.postSession(http, "admin", "not the password at all"), 401, "UNAUTHENTICATED");
        assertProblem(http.get("/staff/session"), 401, "UNAUTHENTICATED");
        assertProblem(StaffClient.postJson(http, "/staff/token", Map.of("username", "x")), 401, "UNAUTHENTICATED");
        assertProblem(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/graphql"))
                .header("Content-Type", "application/json").header("X-Api-Key", "lwk_unknown")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ languages { code } }\"}")).build()),
                401, "UNAUTHENTICATED");
        assertProblem(http.get("/feeds/warnings.atom?lang=xx"), 400, "BAD_USER_INPUT");
        assertProblem(http.get("/staff/token"), 405, "BAD_USER_INPUT");
        assertProblem(http.get("/error"), 404, "NOT_FOUND");
    }

    @Test
    void aFailureOnlyTheServletContainerSeesGetsTheSameMembers() {
        GraphQlClient.Reply rejected = new GraphQlClient(port).get("/feeds;x=1/warnings.atom"); // the firewall's refusal
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(400);
        assertThat(rejected.body().path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(rejected.body().path("detail").asString()).isNotBlank();
        assertThat(rejected.firstError().path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(rejected.raw()).doesNotContain("Exception").doesNotContain("timestamp").doesNotContain("semicolon");
    }

    @Test
    void signingOutExpiresTheSessionCookieWhereItLives() {
        StaffClient admin = StaffClient.signIn(new GraphQlClient(port), "admin", StaffClient.ADMIN_PASSWORD);
        GraphQlClient.Reply out = admin.http().send(HttpRequest.newBuilder(URI.create(admin.http().base()
                + "/staff/session")).header("Cookie", admin.cookie()).header("X-CSRF-TOKEN", admin.csrf()).DELETE().build());
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.headers().firstValue("Set-Cookie").orElse("")).startsWith("LW_STAFF=;")
                .contains("Path=/staff").contains("Max-Age=0").contains("HttpOnly").contains("SameSite=Strict");
    }

    private static void assertProblem(GraphQlClient.Reply reply, int status, String code) {
        JsonNode body = reply.body();
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.raw()).startsWith("application/problem+json");
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asString()).isEqualTo(code);
        assertThat(body.path("detail").asString()).isNotBlank().isEqualTo(reply.firstError().path("message").asString());
        assertThat(reply.firstError().path("extensions").path("code").asString()).isEqualTo(code);
        assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("trace");
    }
}
