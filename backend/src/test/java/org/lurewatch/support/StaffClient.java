package org.lurewatch.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in staff member talking to the running app over HTTP: either a console session (cookie
 * plus CSRF header, GraphQL at /staff/graphql) or a script's bearer token (GraphQL at /graphql).
 */
public final class StaffClient {

    /** The first administrator's password in tests that configure it. */
    public static final String ADMIN_PASSWORD = "correct horse battery staple 42";
    public static final String NEW_PASSWORD = "a long new password for tests";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GraphQlClient http;
    private final String cookie;
    private final String csrf;
    private final String token;

    private StaffClient(GraphQlClient http, String cookie, String csrf, String token) {
        this.http = http;
        this.cookie = cookie;
        this.csrf = csrf;
        this.token = token;
    }

    /** POST /staff/session with a JSON body; the raw reply. */
    public static GraphQlClient.Reply postSession(GraphQlClient http, String username, String password) {
        return postJson(http, "/staff/session", Map.of("username", username, "password", password));
    }

    public static GraphQlClient.Reply postJson(GraphQlClient http, String path, Map<String, ?> body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build());
    }

    /** Signs in to the console; fails the test if that does not work. */
    public static StaffClient signIn(GraphQlClient http, String username, String password) {
        GraphQlClient.Reply reply = postSession(http, username, password);
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + username + " failed: " + reply.status() + " " + reply.raw());
        }
        return new StaffClient(http, sessionCookie(reply), reply.body().path("csrfToken").asString(), null);
    }

    /** The name=value part of the session cookie the reply sets. */
    public static String sessionCookie(GraphQlClient.Reply reply) {
        return reply.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("LW_STAFF="))
                .map(c -> c.split(";", 2)[0])
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + reply.headers()));
    }

    public static StaffClient withToken(GraphQlClient http, String token) {
        return new StaffClient(http, null, null, token);
    }

    /** A bearer token from POST /staff/token. */
    public static String issueToken(GraphQlClient http, String username, String password) {
        GraphQlClient.Reply reply = postJson(http, "/staff/token", Map.of("username", username, "password", password,
                "label", "test script"));
        if (reply.status() != 201) {
            throw new AssertionError("token for " + username + " failed: " + reply.status() + " " + reply.raw());
        }
        return reply.body().path("token").asString();
    }

    public GraphQlClient.Reply query(String document) {
        return query(document, Map.of());
    }

    public GraphQlClient.Reply query(String document, Map<String, Object> variables) {
        List<String> headers = new ArrayList<>();
        if (csrf != null) {
            headers.add("X-CSRF-TOKEN");
            headers.add(csrf);
        }
        return send(document, variables, headers);
    }

    /** The same as {@link #query} but without the CSRF header a session needs. */
    public GraphQlClient.Reply queryWithoutCsrf(String document) {
        return send(document, Map.of(), List.of());
    }

    private GraphQlClient.Reply send(String document, Map<String, Object> variables, List<String> extra) {
        String path = token != null ? "/graphql" : "/staff/graphql";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("query", document, "variables", variables))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        for (int i = 0; i + 1 < extra.size(); i += 2) {
            request.header(extra.get(i), extra.get(i + 1));
        }
        return http.send(request.build());
    }

    public String cookie() {
        return cookie;
    }

    public String csrf() {
        return csrf;
    }

    public GraphQlClient http() {
        return http;
    }

    /**
     * As an administrator: creates {@code username} with these roles, and signs the new member in
     * with a password of their own ({@link #NEW_PASSWORD}), as a person would on first sign-in.
     */
    public StaffClient newStaff(String username, String... roles) {
        GraphQlClient.Reply created = query("""
                mutation($u: String!, $r: [StaffRole!]!) {
                  createStaffUser(input: {username: $u, roles: $r}) { user { id } oneTimePassword }
                }""", Map.of("u", username, "r", List.of(roles)));
        String oneTime = created.data().path("createStaffUser").path("oneTimePassword").asString();
        if (oneTime.isEmpty()) {
            throw new AssertionError("could not create " + username + ": " + created.raw());
        }
        StaffClient first = signIn(http, username, oneTime);
        GraphQlClient.Reply changed = first.query("mutation($o: String!, $n: String!) { changeMyPassword("
                + "currentPassword: $o, newPassword: $n) { passwordChangeRequired } }",
                Map.of("o", oneTime, "n", NEW_PASSWORD));
        if (changed.body().has("errors")) {
            throw new AssertionError("password change of " + username + " failed: " + changed.raw());
        }
        return signIn(http, username, NEW_PASSWORD);
    }

    public String idOf(String username) {
        for (var edge : query("{ staffUsers(first: 100) { edges { node { id username } } } }")
                .data().path("staffUsers").path("edges")) {
            if (edge.path("node").path("username").asString().equals(username)) {
                return edge.path("node").path("id").asString();
            }
        }
        throw new AssertionError("no staff user " + username);
    }
}
