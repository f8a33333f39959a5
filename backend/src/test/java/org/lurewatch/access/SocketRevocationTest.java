package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlSocket;
import org.lurewatch.support.StaffClient;
import tools.jackson.databind.JsonNode;

/**
 * A staff member's open WebSocket (graphql-transport-ws, opened with a bearer token) loses its powers
 * the moment they are taken away, and is closed within seconds (issue 22, finding 3). Real sockets
 * against the running app.
 */
@StaffTestContext
class SocketRevocationTest extends AdminSignedIn {

    private static final String EDITOR_QUERY = "{ editorWarnings(first: 1) { totalCount } }";
    private static final Duration WITHIN = Duration.ofSeconds(5);

    private String editorWithToken(String username) {
        admin.newStaff(username, "EDITOR");
        return StaffClient.issueToken(http, username, StaffClient.NEW_PASSWORD);
    }

    private static String code(JsonNode result) {
        return result.path("errors").path(0).path("extensions").path("code").asString();
    }

    private static void works(GraphQlSocket socket) throws Exception {
        JsonNode result = socket.execute(EDITOR_QUERY);
        assertThat(result.has("errors")).as(String.valueOf(result)).isFalse();
        assertThat(result.path("data").path("editorWarnings").path("totalCount").isInt()).isTrue();
    }

    /** The next operation is refused (or finds the socket closed), and the socket is closed with 4401. */
    private static void refusedAndClosed(GraphQlSocket socket, String expectedCode) throws Exception {
        JsonNode result = socket.execute(EDITOR_QUERY);
        if (result != null) {
            assertThat(code(result)).as(String.valueOf(result)).isEqualTo(expectedCode);
            assertThat(result.path("data").path("editorWarnings").isMissingNode()
                    || result.path("data").path("editorWarnings").isNull()).isTrue();
        }
        assertThat(socket.awaitClose(WITHIN)).isEqualTo(4401);
    }

    @Test
    void aSocketWhoseCredentialsHoldKeepsWorking() throws Exception {
        String token = editorWithToken("ws-steady");
        try (GraphQlSocket socket = GraphQlSocket.open(port, token)) {
            works(socket);
            // nothing to await: the socket staying open is the point. Five periodic checks (100 ms in StaffTestContext)
            Thread.sleep(500);
            works(socket);
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void aRevokedTokenStopsTheSocketAtOnce() throws Exception {
        String token = editorWithToken("ws-revoked");
        try (GraphQlSocket socket = GraphQlSocket.open(port, token)) {
            works(socket);
            StaffClient owner = StaffClient.signIn(http, "ws-revoked", StaffClient.NEW_PASSWORD);
            String tokenId = owner.query("{ myApiTokens { id active } }").data().path("myApiTokens").path(0)
                    .path("id").asString();
            assertThat(owner.query("mutation($id: ID!) { revokeApiToken(id: $id) { active } }", Map.of("id", tokenId))
                    .data().path("revokeApiToken").path("active").asBoolean()).isFalse();
            refusedAndClosed(socket, "UNAUTHENTICATED");
        }
    }

    @Test
    void rolesTakenAwayAreTakenAwayOnTheSocketToo() throws Exception {
        String token = editorWithToken("ws-demoted");
        try (GraphQlSocket socket = GraphQlSocket.open(port, token)) {
            works(socket);
            admin.query("mutation($id: ID!) { setStaffUserRoles(id: $id, roles: []) { roles } }",
                    Map.of("id", admin.idOf("ws-demoted")));
            refusedAndClosed(socket, "FORBIDDEN");
        }
    }

    @Test
    void aPasswordResetEndsTheSocket() throws Exception {
        String token = editorWithToken("ws-reset");
        try (GraphQlSocket socket = GraphQlSocket.open(port, token)) {
            works(socket);
            admin.query("mutation($id: ID!) { resetStaffUserPassword(id: $id) { oneTimePassword } }",
                    Map.of("id", admin.idOf("ws-reset")));
            refusedAndClosed(socket, "UNAUTHENTICATED");
        }
    }

    @Test
    void aDisabledAccountLosesItsSocket() throws Exception {
        String token = editorWithToken("ws-disabled");
        try (GraphQlSocket socket = GraphQlSocket.open(port, token)) {
            works(socket);
            admin.query("mutation($id: ID!) { disableStaffUser(id: $id) { enabled } }",
                    Map.of("id", admin.idOf("ws-disabled")));
            refusedAndClosed(socket, "UNAUTHENTICATED");
        }
    }

    @Test
    void aSocketIsClosedWithinSecondsEvenWhenNothingIsSentOnIt() throws Exception {
        String token = editorWithToken("ws-idle");
        try (GraphQlSocket socket = GraphQlSocket.open(port, token)) {
            works(socket);
            admin.query("mutation($id: ID!) { disableStaffUser(id: $id) { enabled } }",
                    Map.of("id", admin.idOf("ws-idle")));
            assertThat(socket.awaitClose(WITHIN)).isEqualTo(4401);
        }
    }

    @Test
    void aStaffSubscriptionOverServerSentEventsEndsWhenTheTokenIsRevoked() throws Exception {
        String token = editorWithToken("sse-revoked");
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.base() + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"subscription { warningPublished { slug } }\"}"))
                .build();
        CompletableFuture<HttpResponse<String>> stream = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString());
        // nothing to await: the stream staying open is the point. Five periodic checks (100 ms in StaffTestContext)
        Thread.sleep(500);
        assertThat(stream).as("the subscription is alive while the token is").isNotDone();
        StaffClient owner = StaffClient.signIn(http, "sse-revoked", StaffClient.NEW_PASSWORD);
        String tokenId = owner.query("{ myApiTokens { id } }").data().path("myApiTokens").path(0).path("id").asString();
        owner.query("mutation($id: ID!) { revokeApiToken(id: $id) { active } }", Map.of("id", tokenId));
        HttpResponse<String> ended = stream.get(WITHIN.toSeconds() + 2, TimeUnit.SECONDS);
        assertThat(ended.body()).doesNotContain("slug");
    }

    @Test
    void anAnonymousSocketIsNotDisturbed() throws Exception {
        try (GraphQlSocket socket = GraphQlSocket.open(port, null)) {
            JsonNode result = socket.execute("{ warnings(first: 1) { totalCount } }");
            assertThat(result.has("errors")).isFalse();
            admin.query("mutation { createStaffUser(input: {username: \"ws-bystander\", roles: []}) { user { id } } }");
            // the new account's event checks every staff socket at once, then ten periodic checks pass
            assertThat(socket.awaitClose(Duration.ofSeconds(1))).isNull();
            assertThat(socket.execute(EDITOR_QUERY).path("errors").path(0).path("extensions").path("code").asString())
                    .isEqualTo("UNAUTHENTICATED");
        }
    }
}
