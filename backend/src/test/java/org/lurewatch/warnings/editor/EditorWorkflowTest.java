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

/**
 * An editor's work over real HTTP, and what the public sees of it at each step: drafts never,
 * published warnings at once, archived ones no more; conflicts, history and restore.
 */
class EditorWorkflowTest extends EditorTestSupport {

    @Test
    void aDraftIsInvisibleUntilPublishedThenVisibleAtOnceUntilArchived() {
        JsonNode draft = draft("lifecycle-casino-jobs");
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("countries").toString()).isEqualTo("[\"TH\"]");
        assertThat(draft.path("indicators").toString())
                .contains("{\"type\":\"PHONE\",\"value\":\"+66812345678\"}")
                .contains("{\"type\":\"DOMAIN\",\"value\":\"golden-future.co.th\"}");
        assertThat(draft.path("publishedAt").isNull()).isTrue();
        assertThat(publicView("lifecycle-casino-jobs").isNull()).as("a draft is never public").isTrue();
        assertThat(http.query("{ warnings(filter: {text: \"lifecycle\"}) { totalCount } }").data().path("warnings")
                .path("totalCount").asInt()).isZero();

        JsonNode published = step("publishWarning", draft);
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        String publishedAt = published.path("publishedAt").asString();
        assertThat(publishedAt).isNotEmpty();
        JsonNode seen = publicView("lifecycle-casino-jobs");
        assertThat(seen.path("title").asString()).as("visible at once, no restart, no poll").isEqualTo("Casino typing jobs");
        assertThat(seen.path("indicators").toString()).contains("+66812345678");

        JsonNode edited = ok(editor.query(UPDATE, Map.of("id", published.path("id").asString(),
                "v", published.path("version").asInt(), "c", Map.of("severity", "CRITICAL"))), "updateWarning");
        assertThat(edited.path("status").asString()).as("an edit keeps it published").isEqualTo("PUBLISHED");
        assertThat(edited.path("publishedAt").asString()).isEqualTo(publishedAt);
        assertThat(Instant.parse(edited.path("updatedAt").asString()))
                .isAfter(Instant.parse(published.path("updatedAt").asString()));
        assertThat(publicView("lifecycle-casino-jobs").path("updatedAt").asString())
                .isEqualTo(edited.path("updatedAt").asString());

        JsonNode archived = step("archiveWarning", edited);
        assertThat(archived.path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(publicView("lifecycle-casino-jobs").isNull()).as("archived: hidden").isTrue();

        JsonNode back = step("returnWarningToDraft", archived);
        assertThat(back.path("status").asString()).isEqualTo("DRAFT");
        assertThat(publicView("lifecycle-casino-jobs").isNull()).isTrue();
        JsonNode again = step("publishWarning", back);
        assertThat(again.path("publishedAt").asString()).as("first publication is kept").isEqualTo(publishedAt);
        assertThat(publicView("lifecycle-casino-jobs").path("title").asString()).isEqualTo("Casino typing jobs");

        GraphQlClient.Reply twice = editor.query("mutation($id: ID!, $v: Int!) { publishWarning(id: $id, version: $v) { id } }",
                Map.of("id", again.path("id").asString(), "v", again.path("version").asInt()));
        assertThat(twice.firstError().path("extensions").path("code").asString()).isEqualTo("CONFLICT");
    }

    @Test
    void twoSavesFromTheSameVersionConflict() {
        JsonNode draft = draft("conflicting-edits");
        Map<String, Object> first = Map.of("id", draft.path("id").asString(), "v", draft.path("version").asInt(),
                "c", Map.of("severity", "LOW"));
        Map<String, Object> second = Map.of("id", draft.path("id").asString(), "v", draft.path("version").asInt(),
                "c", Map.of("severity", "CRITICAL"));
        ok(editor.query(UPDATE, first), "updateWarning");
        GraphQlClient.Reply late = editor.query(UPDATE, second);
        assertThat(late.firstError().path("extensions").path("code").asString()).isEqualTo("CONFLICT");
        assertThat(late.firstError().path("extensions").path("currentVersion").asInt())
                .isEqualTo(draft.path("version").asInt() + 1);
        assertThat(late.firstError().path("message").asString()).contains("reload", "Nothing was saved");
        JsonNode now = ok(editor.query("query($id: ID!) { editorWarning(id: $id) { severity version } }",
                Map.of("id", draft.path("id").asString())), "editorWarning");
        assertThat(now.path("severity").asString()).as("the first save stands").isEqualTo("LOW");
    }

    @Test
    void theHistoryShowsWhoChangedWhatAndAnEarlierVersionCanBeRestored() {
        JsonNode v0 = draft("history-and-restore");
        JsonNode v1 = ok(editor.query(TRANSLATE, Map.of("id", v0.path("id").asString(), "v", v0.path("version").asInt(),
                "t", Map.of("language", "en", "title", "A worse title", "summary", "They keep your passport."))),
                "setWarningTranslation");
        JsonNode v2 = ok(editor.query(UPDATE, Map.of("id", v0.path("id").asString(), "v", v1.path("version").asInt(),
                "c", Map.of("countries", List.of("KH", "TH")))), "updateWarning");
        JsonNode history = ok(editor.query("query($id: ID!) { warningHistory(id: $id) { totalCount edges { node {"
                + " number at by action changes restoredFrom snapshot { title countries version } } } } }",
                Map.of("id", v0.path("id").asString())), "warningHistory");
        assertThat(history.path("totalCount").asInt()).isEqualTo(3);
        List<JsonNode> versions = new ArrayList<>();
        history.path("edges").forEach(e -> versions.add(e.path("node")));
        assertThat(versions).extracting(v -> v.path("action").asString())
                .containsExactly("EDITED", "TRANSLATION_SET", "CREATED");
        assertThat(versions).allSatisfy(v -> assertThat(v.path("by").asString()).isEqualTo("editor-ana"));
        assertThat(versions.get(0).path("changes").toString()).isEqualTo("[\"countries\"]");
        assertThat(versions.get(1).path("changes").toString()).contains("translations.en.title", "translations.en.bodyHtml");
        assertThat(versions.get(2).path("snapshot").path("title").asString()).isEqualTo("Casino typing jobs");

        long first = versions.get(2).path("number").asLong();
        JsonNode restored = ok(editor.query("mutation($id: ID!, $v: Int!, $r: Int!) { restoreWarningVersion(id: $id,"
                + " version: $v, restore: $r) { " + FIELDS + " } }", Map.of("id", v0.path("id").asString(),
                "v", v2.path("version").asInt(), "r", (int) first)), "restoreWarningVersion");
        assertThat(restored.path("title").asString()).isEqualTo("Casino typing jobs");
        assertThat(restored.path("countries").toString()).isEqualTo("[\"TH\"]");
        assertThat(restored.path("version").asInt()).isEqualTo(v2.path("version").asInt() + 1);
        JsonNode latest = ok(editor.query("query($id: ID!) { warningHistory(id: $id, first: 1) { edges { node {"
                + " action restoredFrom changes } } } }", Map.of("id", v0.path("id").asString())), "warningHistory")
                .path("edges").path(0).path("node");
        assertThat(latest.path("action").asString()).isEqualTo("RESTORED");
        assertThat(latest.path("restoredFrom").asLong()).isEqualTo(first);
        assertThat(latest.path("changes").toString()).contains("countries", "translations.en.title");
    }

    @Test
    void aSampleWarningKeepsItsOriginalStateInTheHistoryWhenFirstEdited() {
        JsonNode list = ok(editor.query("{ editorWarnings(filter: {statuses: [PUBLISHED]}, first: 100) { edges { node {"
                + " id version sample title } } } }"), "editorWarnings");
        JsonNode sample = null;
        for (JsonNode e : list.path("edges")) {
            if (e.path("node").path("sample").asBoolean()) {
                sample = e.path("node");
            }
        }
        assertThat(sample).as("the sample warnings are loaded in this context").isNotNull();
        ok(editor.query(UPDATE, Map.of("id", sample.path("id").asString(), "v", sample.path("version").asInt(),
                "c", Map.of("severity", "MEDIUM"))), "updateWarning");
        JsonNode history = ok(editor.query("query($id: ID!) { warningHistory(id: $id) { edges { node { action by } } } }",
                Map.of("id", sample.path("id").asString())), "warningHistory");
        assertThat(history.path("edges")).hasSize(2);
        assertThat(history.path("edges").path(1).path("node").path("action").asString()).isEqualTo("IMPORTED");
        assertThat(history.path("edges").path(1).path("node").path("by").asString()).isEqualTo("system");
    }

    @Test
    void editorsListEveryStateAndPageThroughIt() {
        draft("listed-draft-one");
        draft("listed-draft-two");
        JsonNode drafts = ok(editor.query("{ editorWarnings(filter: {statuses: [DRAFT], text: \"listed-draft\"}, first: 1)"
                + " { totalCount edges { node { slug status } } pageInfo { hasNextPage endCursor } } }"), "editorWarnings");
        assertThat(drafts.path("totalCount").asInt()).isEqualTo(2);
        assertThat(drafts.path("edges").path(0).path("node").path("slug").asString()).isEqualTo("listed-draft-two");
        JsonNode next = ok(editor.query("query($a: String) { editorWarnings(filter: {statuses: [DRAFT], text: \"listed-draft\"},"
                + " first: 1, after: $a) { edges { node { slug } } pageInfo { hasNextPage } } }",
                Map.of("a", drafts.path("pageInfo").path("endCursor").asString())), "editorWarnings");
        assertThat(next.path("edges").path(0).path("node").path("slug").asString()).isEqualTo("listed-draft-one");
        assertThat(next.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }
}
