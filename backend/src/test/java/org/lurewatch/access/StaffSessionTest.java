package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How staff prove who they are: console sessions (cookie attributes, CSRF), bearer tokens, and a
 * public side that never sets a cookie or asks for a CSRF token.
 */
@StaffTestContext
class StaffSessionTest {

    @LocalServerPort
    int port;
    GraphQlClient http;

    @BeforeEach
    void client() {
        http = new GraphQlClient(port);
    }

    @Test
    void theConfiguredAdministratorPasswordWorks() {
        StaffClient admin = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD);
        GraphQlClient.Reply me = admin.query("{ me { username roles enabled passwordChangeRequired } }");
        assertThat(me.data().path("me").path("username").asString()).isEqualTo("admin");
        assertThat(me.data().path("me").path("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(me.data().path("me").path("passwordChangeRequired").asBoolean()).isFalse();
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndScopedToTheStaffSide() {
        GraphQlClient.Reply reply = StaffClient.postSession(http, "admin", StaffClient.ADMIN_PASSWORD);
        assertThat(reply.status()).isEqualTo(200);
        List<String> cookies = reply.headers().allValues("Set-Cookie");
        assertThat(cookies).hasSize(1);
        String cookie = cookies.get(0);
        assertThat(cookie).startsWith("LW_STAFF=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/staff")
                .as("no TLS in this test, so no Secure flag (the server adds it over TLS)").doesNotContain("Secure");
        assertThat(reply.body().path("csrfToken").asString()).isNotBlank();
        assertThat(reply.body().path("csrfHeader").asString()).isEqualTo("X-CSRF-TOKEN");
        assertThat(reply.body().path("user").path("username").asString()).isEqualTo("admin");
        assertThat(reply.raw()).doesNotContain("argon2").doesNotContain("passwordHash").doesNotContain("securityStamp");
    }

    @Test
    void eachSignInGetsAFreshSession() {
        StaffClient first = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD);
        GraphQlClient.Reply again = StaffClient.postJson(http, "/staff/session",
                Map.of("username", "admin", "password", StaffClient.ADMIN_PASSWORD),
                "Cookie", first.cookie(), "X-CSRF-TOKEN", first.csrf());
        assertThat(again.status()).isEqualTo(200);
        assertThat(StaffClient.sessionCookie(again)).isNotEqualTo(first.cookie());
        assertThat(first.query("{ me { username } }").firstError().path("extensions").path("code").asString())
                .as("the old session id is dead (no session fixation)").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aSessionNeedsTheCsrfTokenToChangeOrReadAnything() {
        StaffClient admin = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD);
        GraphQlClient.Reply without = admin.queryWithoutCsrf("{ me { username } }");
        assertThat(without.status()).isEqualTo(403);
        assertThat(without.firstError().path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(without.firstError().path("message").asString()).contains("CSRF");
        assertThat(admin.query("{ me { username } }").data().path("me").path("username").asString()).isEqualTo("admin");

        GraphQlClient.Reply csrf = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/staff/csrf"))
                .header("Cookie", admin.cookie()).GET().build());
        assertThat(csrf.status()).isEqualTo(200);
        assertThat(csrf.body().path("token").asString()).isEqualTo(admin.csrf());
        assertThat(csrf.body().path("headerName").asString()).isEqualTo("X-CSRF-TOKEN");
    }

    @Test
    void bearerAndAnonymousRequestsNeedNoCsrfToken() {
        String token = StaffClient.issueToken(http, "admin", StaffClient.ADMIN_PASSWORD);
        GraphQlClient.Reply viaToken = StaffClient.withToken(http, token).query("{ me { username } }");
        assertThat(viaToken.status()).isEqualTo(200);
        assertThat(viaToken.data().path("me").path("username").asString()).isEqualTo("admin");
        assertThat(viaToken.headers().allValues("Set-Cookie")).isEmpty();

        GraphQlClient.Reply anonymous = http.query("{ languages { code } }");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.data().path("languages")).hasSize(7);
        GraphQlClient.Reply anonymousStaffSide = StaffClient.postJson(http, "/staff/graphql",
                Map.of("query", "{ languages { code } }"));
        assertThat(anonymousStaffSide.status()).isEqualTo(200);
    }

    @Test
    void theSessionCookieCarriesNoAuthorityOnThePublicEndpoint() {
        StaffClient admin = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD);
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.base() + "/graphql"))
                .header("Content-Type", "application/json").header("Cookie", admin.cookie())
                .header("X-CSRF-TOKEN", admin.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}")).build();
        GraphQlClient.Reply reply = http.send(request);
        assertThat(reply.firstError().path("extensions").path("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void noPublicResponseSetsACookie() {
        List<GraphQlClient.Reply> replies = List.of(
                http.get("/"),
                http.get("/graphiql?path=/graphql"),
                http.get("/actuator/health"),
                http.get("/js/index.js"),
                http.get("/no-such-page"),
                http.query("{ warnings(first: 3) { totalCount edges { node { slug title } } } }"),
                http.query("{ me { username } }"),
                http.query("mutation { publishWarning(id: \"x\", version: 0) { id } }"),
                http.query("{ warnings { "),
                http.get("/staff/session"),
                http.get("/staff/csrf"),
                StaffClient.postSession(http, "admin", "not the password at all"),
                StaffClient.postSession(http, "nobody-here", "not the password at all"),
                StaffClient.postJson(http, "/staff/token", Map.of("username", "admin", "password", "wrong password!!")));
        for (GraphQlClient.Reply reply : replies) {
            assertThat(reply.headers().allValues("Set-Cookie")).as(reply.raw()).isEmpty();
        }
    }

    @Test
    void signingOutEndsTheSession() {
        StaffClient admin = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD);
        HttpRequest withoutCsrf = HttpRequest.newBuilder(URI.create(http.base() + "/staff/session"))
                .header("Cookie", admin.cookie()).DELETE().build();
        assertThat(http.send(withoutCsrf).status()).as("signing out needs the CSRF token too").isEqualTo(403);
        HttpRequest signOut = HttpRequest.newBuilder(URI.create(http.base() + "/staff/session"))
                .header("Cookie", admin.cookie()).header("X-CSRF-TOKEN", admin.csrf()).DELETE().build();
        GraphQlClient.Reply reply = http.send(signOut);
        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.headers().firstValue("Set-Cookie").orElse("")).contains("Max-Age=0");
        assertThat(admin.query("{ me { username } }").firstError().path("extensions").path("code").asString())
                .isEqualTo("UNAUTHENTICATED");
        GraphQlClient.Reply status = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/staff/session"))
                .header("Cookie", admin.cookie()).GET().build());
        assertThat(status.status()).isEqualTo(401);
    }

    @Test
    void aWrongSignInIsA401WithOneMessageForEveryCause() {
        GraphQlClient.Reply wrong = StaffClient.postSession(http, "admin", "wrong password, long enough");
        GraphQlClient.Reply unknown = StaffClient.postSession(http, "no-such-user", "wrong password, long enough");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.raw()).isEqualTo(unknown.raw());
        assertThat(wrong.firstError().path("extensions").path("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void tokensCanBeListedAndRevokedAndAnEndedTokenIsRefused() {
        String token = StaffClient.issueToken(http, "admin", StaffClient.ADMIN_PASSWORD);
        StaffClient script = StaffClient.withToken(http, token);
        GraphQlClient.Reply tokens = script.query("{ myApiTokens { id label active expiresAt } }");
        assertThat(tokens.raw()).contains("test script").doesNotContain(token);

        GraphQlClient.Reply revoke = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/staff/token"))
                .header("Authorization", "Bearer " + token).DELETE().build());
        assertThat(revoke.status()).isEqualTo(204);
        GraphQlClient.Reply after = script.query("{ me { username } }");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
        assertThat(after.firstError().path("extensions").path("code").asString()).isEqualTo("UNAUTHENTICATED");

        GraphQlClient.Reply made = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD)
                .query("mutation { createApiToken(label: \"nightly export\", validDays: 7) { token apiToken { id active } } }");
        String second = made.data().path("createApiToken").path("token").asString();
        assertThat(second).startsWith("lwst_");
        StaffClient other = StaffClient.withToken(http, second);
        assertThat(other.query("{ me { username } }").data().path("me").path("username").asString()).isEqualTo("admin");
        String id = made.data().path("createApiToken").path("apiToken").path("id").asString();
        assertThat(other.query("mutation($id: ID!) { revokeApiToken(id: $id) { active revokedAt } }", Map.of("id", id))
                .data().path("revokeApiToken").path("active").asBoolean()).isFalse();
        assertThat(other.query("{ me { username } }").status()).isEqualTo(401);

        assertThat(StaffClient.withToken(http, "lwst_madeup").query("{ languages { code } }").status()).isEqualTo(401);
    }

    @Test
    void aTokenLifetimeOutsideTheLimitsIsRefused() {
        GraphQlClient.Reply reply = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD)
                .query("mutation { createApiToken(label: \"forever\", validDays: 3650) { token } }");
        assertThat(reply.firstError().path("extensions").path("field").asString()).isEqualTo("validDays");
        assertThat(reply.firstError().path("message").asString()).contains("90");
    }
}
