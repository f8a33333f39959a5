package org.lurewatch.warnings.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.access.StaffTestContext;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Signs in one editor for the editor tests (shared, as the app is) and calls the editor API. */
@StaffTestContext
abstract class EditorTestSupport {

    static final String FIELDS = "id slug status version title languages publishedAt updatedAt expiresAt countries"
            + " indicators { type value } sources { title url }"
            + " translations { language title summary bodyHtml redFlags }";

    static final String CREATE = "mutation($in: WarningDraftInput!) { createWarningDraft(input: $in) { " + FIELDS + " } }";
    static final String UPDATE = "mutation($id: ID!, $v: Int!, $c: WarningChangesInput!) { updateWarning(id: $id,"
            + " version: $v, changes: $c) { " + FIELDS + " } }";
    static final String TRANSLATE = "mutation($id: ID!, $v: Int!, $t: WarningTranslationInput!) {"
            + " setWarningTranslation(id: $id, version: $v, translation: $t) { " + FIELDS + " } }";
    static final String PUBLIC = "query($s: String!, $l: Language) { warning(slug: $s, lang: $l) { slug title summary"
            + " bodyHtml redFlags language publishedAt updatedAt indicators { type value } } }";

    private static GraphQlClient sharedHttp;
    private static StaffClient sharedEditor;

    @LocalServerPort
    int port;
    GraphQlClient http;
    StaffClient editor;

    @BeforeEach
    void signIn() {
        http = new GraphQlClient(port);
        if (sharedEditor == null || sharedHttp == null || !sharedHttp.base().equals(http.base())) {
            sharedHttp = http;
            sharedEditor = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD).newStaff("editor-ana", "EDITOR");
        }
        editor = sharedEditor;
    }

    JsonNode ok(GraphQlClient.Reply reply, String field) {
        assertThat(reply.body().has("errors")).as(reply.raw()).isFalse();
        return reply.data().path(field);
    }

    JsonNode draft(String slug) {
        return ok(editor.query(CREATE, Map.of("in", Map.of("slug", slug, "category", "JOB_OFFER", "severity", "HIGH",
                "countries", List.of("th"),
                "translations", List.of(Map.of("language", "en", "title", "Casino typing jobs",
                        "summary", "They keep your passport.", "bodyHtml", "<p>Never pay a fee.</p>",
                        "redFlags", List.of("High pay for no experience"))),
                "indicators", List.of(Map.of("type", "PHONE", "value", "081 234 5678"),
                        Map.of("type", "DOMAIN", "value", "https://Jobs.Golden-Future.co.th/apply?id=7"))))),
                "createWarningDraft");
    }

    JsonNode step(String mutation, JsonNode warning) {
        return ok(editor.query("mutation($id: ID!, $v: Int!) { " + mutation + "(id: $id, version: $v) { " + FIELDS + " } }",
                Map.of("id", warning.path("id").asString(), "v", warning.path("version").asInt())), mutation);
    }

    JsonNode publicView(String slug) {
        return http.query(PUBLIC, Map.of("s", slug)).data().path("warning");
    }
}
