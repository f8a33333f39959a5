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

/** What editors write: every script of the region, hostile HTML, limits and rules, over HTTP. */
class EditorTextTest extends EditorTestSupport {

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
}
