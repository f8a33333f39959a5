package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every change to who may do what is in the audit log, with who did it and when, and no secret (issue 22, finding 7). */
@StaffTestContext
class AdminAuditTest {

    @LocalServerPort
    int port;

    private static JsonNode ok(GraphQlClient.Reply reply) {
        assertThat(reply.body().has("errors")).as(reply.raw()).isFalse();
        return reply.data();
    }

    @Test
    void accountsRolesPasswordsAndKeysAreAuditedWithoutSecrets() {
        GraphQlClient http = new GraphQlClient(port);
        StaffClient admin = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD);
        List<String> secrets = new ArrayList<>();

        JsonNode created = ok(admin.query("""
                mutation { createStaffUser(input: {username: "audited-one", roles: [EDITOR]}) {
                  user { id } oneTimePassword } }""")).path("createStaffUser");
        String id = created.path("user").path("id").asString();
        secrets.add(created.path("oneTimePassword").asString());
        ok(admin.query("mutation($id: ID!) { disableStaffUser(id: $id) { enabled } }", Map.of("id", id)));
        ok(admin.query("mutation($id: ID!) { enableStaffUser(id: $id) { enabled } }", Map.of("id", id)));
        ok(admin.query("mutation($id: ID!) { setStaffUserRoles(id: $id, roles: [EDITOR, TRIAGE]) { roles } }",
                Map.of("id", id)));
        secrets.add(ok(admin.query("mutation($id: ID!) { resetStaffUserPassword(id: $id) { oneTimePassword } }",
                Map.of("id", id))).path("resetStaffUserPassword").path("oneTimePassword").asString());
        String adminId = admin.idOf("admin");
        ok(admin.query("mutation($id: ID!) { setStaffUserRoles(id: $id, roles: [ADMIN, EDITOR]) { roles } }",
                Map.of("id", adminId)));
        ok(admin.query("mutation($id: ID!) { setStaffUserRoles(id: $id, roles: [ADMIN]) { roles } }",
                Map.of("id", adminId)));

        JsonNode issued = ok(admin.query("""
                mutation { issueApiKey(input: {organisation: "Audit NGO", requestsPerMinute: 60, requestsPerDay: 1000,
                  allowedOrigins: []}) { key apiKey { id hint } } }""")).path("issueApiKey");
        String keyId = issued.path("apiKey").path("id").asString();
        secrets.add(issued.path("key").asString());
        secrets.add(issued.path("apiKey").path("hint").asString().replace("…", ""));
        JsonNode rotated = ok(admin.query("mutation($id: ID!) { rotateApiKey(id: $id) { key apiKey { hint } } }",
                Map.of("id", keyId))).path("rotateApiKey");
        secrets.add(rotated.path("key").asString());
        ok(admin.query("mutation($id: ID!) { revokeApiKey(id: $id) { active } }", Map.of("id", keyId)));
        String token = StaffClient.issueToken(http, "admin", StaffClient.ADMIN_PASSWORD);
        secrets.add(token);
        secrets.add(StaffClient.ADMIN_PASSWORD);

        JsonNode edges = ok(admin.query("{ auditLog(filter: {user: \"admin\"}, first: 100) { edges { node {"
                + " at user action tipId details } } } }")).path("auditLog").path("edges");
        List<String> lines = new ArrayList<>();
        edges.forEach(e -> {
            JsonNode n = e.path("node");
            assertThat(n.path("tipId").isNull()).isTrue();
            assertThat(n.path("at").asString()).isNotEmpty();
            lines.add(n.path("action").asString() + " | " + n.path("details").asString());
        });
        assertThat(lines).anyMatch(l -> l.startsWith("STAFF_USER_CREATED | audited-one; roles: EDITOR"))
                .anyMatch(l -> l.startsWith("STAFF_USER_DISABLED | audited-one"))
                .anyMatch(l -> l.startsWith("STAFF_USER_ENABLED | audited-one"))
                .anyMatch(l -> l.equals("STAFF_USER_ROLES_CHANGED | audited-one; roles: EDITOR -> EDITOR, TRIAGE"))
                .anyMatch(l -> l.startsWith("STAFF_USER_PASSWORD_RESET | audited-one"))
                .anyMatch(l -> l.equals("STAFF_USER_ROLES_CHANGED | admin; roles: ADMIN -> EDITOR, ADMIN (own account)"))
                .anyMatch(l -> l.startsWith("API_KEY_ISSUED | API key " + keyId + " of Audit NGO"))
                .anyMatch(l -> l.startsWith("API_KEY_ROTATED | API key " + keyId))
                .anyMatch(l -> l.startsWith("API_KEY_REVOKED | API key " + keyId))
                .anyMatch(l -> l.startsWith("API_TOKEN_ISSUED | admin"));
        String all = String.join("\n", lines);
        for (String secret : secrets) {
            assertThat(secret).isNotBlank();
            assertThat(all).doesNotContain(secret);
        }
    }
}
