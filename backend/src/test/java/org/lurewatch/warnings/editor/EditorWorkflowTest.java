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
 * published warnings at once, archived ones no more.
 */
@StaffTestContext
class EditorWorkflowTest {

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

    private JsonNode ok(GraphQlClient.Reply reply, String field) {
        assertThat(reply.body().has("errors")).as(reply.raw()).isFalse();
        return reply.data().path(field);
    }

    private JsonNode draft(String slug) {
        return ok(editor.query(CREATE, Map.of("in", Map.of("slug", slug, "category", "JOB_OFFER", "severity", "HIGH",
                "countries", List.of("th"),
                "translations", List.of(Map.of("language", "en", "title", "Casino typing jobs",
                        "summary", "They keep your passport.", "bodyHtml", "<p>Never pay a fee.</p>",
                        "redFlags", List.of("High pay for no experience"))),
                "indicators", List.of(Map.of("type", "PHONE", "value", "081 234 5678"),
                        Map.of("type", "DOMAIN", "value", "https://Jobs.Golden-Future.co.th/apply?id=7"))))),
                "createWarningDraft");
    }

    private JsonNode step(String mutation, JsonNode warning) {
        return ok(editor.query("mutation($id: ID!, $v: Int!) { " + mutation + "(id: $id, version: $v) { " + FIELDS + " } }",
                Map.of("id", warning.path("id").asString(), "v", warning.path("version").asInt())), mutation);
    }

    private JsonNode publicView(String slug) {
        return http.query(PUBLIC, Map.of("s", slug)).data().path("warning");
    }

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
    void translationsAreSetOneLanguageAtATimeInEveryScriptOfTheRegion() {
        JsonNode w = draft("seven-languages");
        Map<String, String[]> texts = new java.util.LinkedHashMap<>();
        texts.put("zh", new String[] {"高薪打字工作是骗局", "他们会没收你的护照：千万别去！😱", "𠀀 扩展B字"});
        texts.put("th", new String[] {"งานพิมพ์เงินเดือนสูงเป็นการหลอกลวง", "นายจ้างยึดหนังสือเดินทาง 🛂", "ไม่ต้องมีประสบการณ์"});
        texts.put("vi", new String[] {"Việc làm lương cao là lừa đảo", "Họ giữ hộ chiếu của bạn 🚫", "Không cần kinh nghiệm"});
        texts.put("lo", new String[] {"ວຽກເງິນເດືອນສູງແມ່ນການຫຼອກລວງ", "ເຂົາເຈົ້າຍຶດໜັງສືຜ່ານແດນ", "ບໍ່ຕ້ອງມີປະສົບການ"});
        texts.put("km", new String[] {"ការងារប្រាក់ខែខ្ពស់គឺជាការបោកប្រាស់", "ពួកគេរឹបអូសលិខិតឆ្លងដែន", "មិនត្រូវការបទពិសោធន៍"});
        texts.put("my", new String[] {"လစာမြင့်အလုပ်များသည် လိမ်လည်မှုဖြစ်သည်", "နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားသည်", "အတွေ့အကြုံမလိုပါ"});
        texts.put("en", new String[] {"High-pay typing jobs are a scam 👩‍💻", "They take your passport: don't go!", "No experience needed"});
        JsonNode current = w;
        for (Map.Entry<String, String[]> e : texts.entrySet()) {
            String[] t = e.getValue();
            current = ok(editor.query(TRANSLATE, Map.of("id", w.path("id").asString(), "v", current.path("version").asInt(),
                    "t", Map.of("language", e.getKey(), "title", t[0], "summary", t[1],
                            "bodyHtml", "<p>" + t[1] + " <strong>" + t[2] + "</strong></p>", "redFlags", List.of(t[2])))),
                    "setWarningTranslation");
        }
        assertThat(current.path("languages")).hasSize(7);
        Map<String, JsonNode> byLanguage = new HashMap<>();
        current.path("translations").forEach(t -> byLanguage.put(t.path("language").asString(), t));
        texts.forEach((lang, t) -> {
            JsonNode got = byLanguage.get(lang);
            assertThat(got.path("title").asString()).as(lang).isEqualTo(t[0]);
            assertThat(got.path("summary").asString()).as(lang).isEqualTo(t[1]);
            // HTML: ASCII punctuation may come back as a character reference (' as &#39;), the
            // scripts of the region and emoji never do
            assertThat(got.path("bodyHtml").asString()).as(lang)
                    .isEqualTo("<p>" + t[1].replace("'", "&#39;") + " <strong>" + t[2] + "</strong></p>");
            assertThat(got.path("redFlags").path(0).asString()).as(lang).isEqualTo(t[2]);
        });
        step("publishWarning", current);
        for (String lang : texts.keySet()) {
            JsonNode seen = http.query(PUBLIC, Map.of("s", "seven-languages", "l", lang)).data().path("warning");
            assertThat(seen.path("language").asString()).isEqualTo(lang);
            assertThat(seen.path("title").asString()).isEqualTo(texts.get(lang)[0]);
        }

        JsonNode removed = ok(editor.query("mutation($id: ID!, $v: Int!) { removeWarningTranslation(id: $id, version: $v,"
                + " language: km) { " + FIELDS + " } }", Map.of("id", w.path("id").asString(),
                "v", editor.query("query($id: ID!) { editorWarning(id: $id) { version } }", Map.of("id", w.path("id").asString()))
                        .data().path("editorWarning").path("version").asInt())), "removeWarningTranslation");
        assertThat(removed.path("languages").toString()).doesNotContain("km");
        GraphQlClient.Reply noEnglish = editor.query("mutation($id: ID!, $v: Int!) { removeWarningTranslation(id: $id,"
                + " version: $v, language: en) { id } }", Map.of("id", w.path("id").asString(), "v", removed.path("version").asInt()));
        assertThat(noEnglish.firstError().path("extensions").path("field").asString()).isEqualTo("translations.en");
    }

    @Test
    void hostileHtmlIsSanitisedOnSaveAndPlainTextStaysPlain() {
        JsonNode w = draft("hostile-html");
        String hostile = "<p onclick=\"steal()\" style=\"color:red\">Read <a href=\"javascript:alert(1)\">this</a>"
                + " and <a href=\"https://www.ilo.org/forced-labour\" target=\"_blank\">the ILO</a>"
                + "<script>alert('x')</script><img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>"
                + "<style>p{}</style> <b>now</b></p><ul><li><i>one</i></li></ul>";
        JsonNode saved = ok(editor.query(TRANSLATE, Map.of("id", w.path("id").asString(), "v", w.path("version").asInt(),
                "t", Map.of("language", "en", "title", "<b>Bold</b> title<script>x()</script>", "summary", "A & B < C",
                        "bodyHtml", hostile, "redFlags", List.of("<em>pay</em> first")))), "setWarningTranslation");
        JsonNode en = saved.path("translations").path(0);
        String body = en.path("bodyHtml").asString();
        assertThat(body).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("javascript")
                .doesNotContainIgnoringCase("style").doesNotContainIgnoringCase("iframe").doesNotContain("<img")
                .doesNotContain("target");
        assertThat(body).contains("<a href=\"https://www.ilo.org/forced-labour\" rel=\"nofollow noopener\">the ILO</a>")
                .contains("<strong>now</strong>").contains("<li><em>one</em></li>").contains("Read this");
        assertThat(en.path("title").asString()).isEqualTo("Bold title");
        assertThat(en.path("summary").asString()).isEqualTo("A & B < C");
        assertThat(en.path("redFlags").path(0).asString()).isEqualTo("pay first");
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
    void badInputIsRefusedWithTheFieldAndTheLimit() {
        Map<String, String> expectations = new java.util.LinkedHashMap<>();
        expectations.put("{slug: \"Not A Slug\", category: JOB_OFFER, severity: HIGH}", "slug");
        expectations.put("{slug: \"bad-country\", category: JOB_OFFER, severity: HIGH, countries: [\"XX\"]}", "countries");
        expectations.put("{slug: \"bad-phone\", category: JOB_OFFER, severity: HIGH, indicators: [{type: PHONE, value: \"call me\"}]}",
                "indicators");
        expectations.put("{slug: \"bad-source\", category: JOB_OFFER, severity: HIGH, sources: [{title: \"x\", url: \"javascript:alert(1)\"}]}",
                "sources");
        expectations.put("{slug: \"long-title\", category: JOB_OFFER, severity: HIGH, translations: [{language: th, title: \""
                + "ก".repeat(121) + "\"}]}", "translations.th.title");
        expectations.put("{slug: \"past-expiry\", category: JOB_OFFER, severity: HIGH, expiresAt: \"2020-01-01T00:00:00Z\"}",
                "expiresAt");
        for (Map.Entry<String, String> e : expectations.entrySet()) {
            GraphQlClient.Reply reply = editor.query("mutation { createWarningDraft(input: " + e.getKey() + ") { id } }");
            assertThat(reply.firstError().path("extensions").path("code").asString()).as(reply.raw()).isEqualTo("BAD_USER_INPUT");
            assertThat(reply.firstError().path("extensions").path("field").asString()).as(reply.raw()).isEqualTo(e.getValue());
        }
        GraphQlClient.Reply tooLong = editor.query("mutation { createWarningDraft(input: {slug: \"long-title-2\","
                + " category: JOB_OFFER, severity: HIGH, translations: [{language: en, title: \"" + "x".repeat(121) + "\"}]}) { id } }");
        assertThat(tooLong.firstError().path("message").asString()).contains("120");

        draft("taken-slug");
        GraphQlClient.Reply taken = editor.query(CREATE, Map.of("in", Map.of("slug", "taken-slug", "category", "OTHER",
                "severity", "LOW")));
        assertThat(taken.firstError().path("extensions").path("field").asString()).isEqualTo("slug");
        assertThat(taken.firstError().path("message").asString()).contains("taken-slug");

        JsonNode noEnglish = ok(editor.query(CREATE, Map.of("in", Map.of("slug", "thai-only", "category", "OTHER",
                "severity", "LOW", "translations", List.of(Map.of("language", "th", "title", "ไทย", "summary", "สรุป"))))),
                "createWarningDraft");
        GraphQlClient.Reply unpublishable = editor.query("mutation($id: ID!, $v: Int!) { publishWarning(id: $id, version: $v)"
                + " { id } }", Map.of("id", noEnglish.path("id").asString(), "v", noEnglish.path("version").asInt()));
        assertThat(unpublishable.firstError().path("extensions").path("field").asString()).isEqualTo("translations.en");
        assertThat(unpublishable.firstError().path("message").asString()).contains("English title and summary");
    }

    @Test
    void theExpiryCanBeClearedAndMustFollowPublication() {
        JsonNode w = draft("expiry-rules");
        JsonNode withExpiry = ok(editor.query(UPDATE, Map.of("id", w.path("id").asString(), "v", w.path("version").asInt(),
                "c", Map.of("expiresAt", "2099-01-01T00:00:00Z"))), "updateWarning");
        assertThat(withExpiry.path("expiresAt").asString()).isEqualTo("2099-01-01T00:00:00Z");
        Map<String, Object> clear = new HashMap<>();
        clear.put("expiresAt", null);
        JsonNode cleared = ok(editor.query(UPDATE, Map.of("id", w.path("id").asString(),
                "v", withExpiry.path("version").asInt(), "c", clear)), "updateWarning");
        assertThat(cleared.path("expiresAt").isNull()).isTrue();
        JsonNode untouched = ok(editor.query(UPDATE, Map.of("id", w.path("id").asString(),
                "v", cleared.path("version").asInt(), "c", Map.of("severity", "LOW"))), "updateWarning");
        assertThat(untouched.path("expiresAt").isNull()).isTrue();
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
