package org.lurewatch.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.store.WarningRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

/**
 * What the public can do with warnings, over real HTTP. Runs against the embedded default and,
 * where Docker exists, against a real MongoDB ({@code mongo:8}).
 */
abstract class WarningApiContract {

    private static final String LIST = """
            query($filter: WarningFilter, $lang: Language, $first: Int, $after: String) {
              warnings(filter: $filter, lang: $lang, first: $first, after: $after) {
                totalCount
                edges { cursor node { slug title language availableLanguages redFlags countries } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
              }
            }""";

    @Autowired
    WarningRepository repository;
    @Autowired
    ApplicationEventPublisher events;
    @LocalServerPort
    int port;

    GraphQlClient client;

    @BeforeEach
    void fixtures() {
        client = new GraphQlClient(port);
        repository.deleteAll();
        List.of(
                TestWarnings.warning("casino-typing-jobs").countries("KH", "TH").publishedAt("2026-05-01T00:00:00Z")
                        .text(Language.en, "Typing jobs at a casino", "They take your passport", "Passport kept by employer")
                        .text(Language.th, "งานพิมพ์ที่คาสิโน", "นายจ้างยึดหนังสือเดินทาง", "นายจ้างเก็บพาสปอร์ตไว้")
                        .phone("+66800001234").build(),
                TestWarnings.warning("bride-broker").category(Category.MARRIAGE_OFFER).countries("VN", "CN")
                        .severity(Severity.CRITICAL).publishedAt("2026-07-01T00:00:00Z")
                        .text(Language.en, "Marriage broker", "A broker promises a rich husband")
                        .text(Language.vi, "Môi giới hôn nhân lừa đảo", "Người môi giới hứa hẹn chồng giàu")
                        .text(Language.zh, "跨国婚姻中介骗局", "中介承诺嫁给有钱的丈夫：先付彩礼").build(),
                TestWarnings.warning("free-trip").category(Category.TRAVEL_OFFER).countries("LA").severity(Severity.MEDIUM)
                        .publishedAt("2026-03-01T00:00:00Z")
                        .text(Language.lo, "ທ່ຽວຟຣີ ແຕ່ຖືກຂາຍ", "ໝູ່ອອນລາຍຈ່າຍຄ່າເດີນທາງ").withoutEnglish().build(),
                TestWarnings.warning("fishing-boat").countries("MM").publishedAt("2026-02-01T00:00:00Z")
                        .text(Language.my, "ငါးဖမ်းလှေ အလုပ်အတု", "လစာကောင်းသည်ဟု ကတိပေးသည်").build(),
                TestWarnings.warning("draft-only").status(WarningStatus.DRAFT).build(),
                TestWarnings.warning("old-expired").publishedAt("2026-01-01T00:00:00Z").expiresAt("2026-01-31T00:00:00Z").build())
                .forEach(repository::save);
        events.publishEvent(new WarningChanged(null, null, WarningStatus.PUBLISHED));
    }

    private JsonNode list(Map<String, Object> variables) {
        GraphQlClient.Reply reply = client.query(LIST, variables);
        assertThat(reply.body().has("errors")).as(reply.raw()).isFalse();
        return reply.data().path("warnings");
    }

    private static List<String> slugs(JsonNode connection) {
        List<String> slugs = new ArrayList<>();
        connection.path("edges").forEach(e -> slugs.add(e.path("node").path("slug").asString()));
        return slugs;
    }

    @Test
    void listsPublishedCurrentWarningsNewestFirst() {
        JsonNode all = list(Map.of());
        assertThat(slugs(all)).containsExactly("bride-broker", "casino-typing-jobs", "free-trip", "fishing-boat");
        assertThat(all.path("totalCount").asInt()).isEqualTo(4);
    }

    @Test
    void pagesWithOpaqueCursorsWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        Object after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> vars = new java.util.HashMap<>(Map.of("first", 1));
            if (after != null) {
                vars.put("after", after);
            }
            JsonNode page = list(vars);
            seen.addAll(slugs(page));
            more = page.path("pageInfo").path("hasNextPage").asBoolean();
            after = page.path("pageInfo").path("endCursor").asString();
            assertThat(after.toString()).doesNotContain("casino").doesNotContain("Warning");
        }
        assertThat(seen).containsExactly("bride-broker", "casino-typing-jobs", "free-trip", "fishing-boat");
    }

    @Test
    void draftsAndExpiredWarningsStayOutOfPublicView() {
        assertThat(slugs(list(Map.of("filter", Map.of("includeExpired", true))))).contains("old-expired")
                .doesNotContain("draft-only");
        JsonNode draft = client.query("{ warning(slug: \"draft-only\") { slug } }").data().path("warning");
        assertThat(draft.isNull()).isTrue();
    }

    @Test
    void translatedFieldsFallBackToEnglishThenAnyAndSayWhichLanguage() {
        JsonNode th = client.query("{ warning(slug: \"casino-typing-jobs\", lang: th) { title language availableLanguages } }")
                .data().path("warning");
        assertThat(th.path("title").asString()).isEqualTo("งานพิมพ์ที่คาสิโน");
        assertThat(th.path("language").asString()).isEqualTo("th");

        JsonNode km = client.query("{ warning(slug: \"casino-typing-jobs\", lang: km) { title language } }").data().path("warning");
        assertThat(km.path("language").asString()).isEqualTo("en");
        assertThat(km.path("title").asString()).isEqualTo("Typing jobs at a casino");

        JsonNode laoOnly = client.query("{ warning(slug: \"free-trip\", lang: th) { title language availableLanguages } }")
                .data().path("warning");
        assertThat(laoOnly.path("language").asString()).isEqualTo("lo");
        assertThat(laoOnly.path("availableLanguages").toString()).isEqualTo("[\"lo\"]");
    }

    @Test
    void filtersByCategoryCountrySeverityAndDate() {
        assertThat(slugs(list(Map.of("filter", Map.of("categories", List.of("MARRIAGE_OFFER")))))).containsExactly("bride-broker");
        assertThat(slugs(list(Map.of("filter", Map.of("countries", List.of("th", "LA")))))).containsExactly("casino-typing-jobs", "free-trip");
        assertThat(slugs(list(Map.of("filter", Map.of("severities", List.of("CRITICAL", "MEDIUM")))))).containsExactly("bride-broker", "free-trip");
        assertThat(slugs(list(Map.of("filter", Map.of("publishedAfter", "2026-04-01T00:00:00Z"))))).containsExactly("bride-broker", "casino-typing-jobs");
    }

    @Test
    void textSearchFindsSubstringsInEveryScript() {
        assertThat(slugs(list(Map.of("filter", Map.of("text", "พาสปอร์ต"))))).containsExactly("casino-typing-jobs");
        assertThat(slugs(list(Map.of("filter", Map.of("text", "彩礼"))))).containsExactly("bride-broker");
        assertThat(slugs(list(Map.of("filter", Map.of("text", "ငါးဖမ်း"))))).containsExactly("fishing-boat");
        assertThat(slugs(list(Map.of("filter", Map.of("text", "ຂາຍ"))))).containsExactly("free-trip");
        assertThat(slugs(list(Map.of("filter", Map.of("text", "lua dao"))))).containsExactly("bride-broker");
        assertThat(slugs(list(Map.of("filter", Map.of("text", "PASSPORT KEPT"))))).containsExactly("casino-typing-jobs");
        assertThat(slugs(list(Map.of("filter", Map.of("text", "800001234"))))).containsExactly("casino-typing-jobs");
        assertThat(slugs(list(Map.of("filter", Map.of("text", "nothing like this"))))).isEmpty();
    }

    @Test
    void countsPerCategoryAndCountry() {
        JsonNode counts = client.query("{ warningCounts { total byCategory { category count } byCountry { country count } } }")
                .data().path("warningCounts");
        assertThat(counts.path("total").asInt()).isEqualTo(4);
        assertThat(counts.path("byCategory").toString()).contains("{\"category\":\"JOB_OFFER\",\"count\":2}");
        assertThat(counts.path("byCountry").toString()).contains("{\"country\":\"TH\",\"count\":1}", "{\"country\":\"LA\",\"count\":1}");
    }

    @Test
    void aPublicationReachesReadersWithoutARestart() {
        repository.save(TestWarnings.warning("brand-new").publishedAt("2026-11-01T00:00:00Z").build());
        events.publishEvent(new WarningChanged(null, "brand-new", WarningStatus.PUBLISHED));
        assertThat(slugs(list(Map.of("first", 1)))).containsExactly("brand-new");
    }
}
