package org.lurewatch.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.LoopbackHttp;
import org.lurewatch.support.TipApi;
import tools.jackson.databind.JsonNode;

/**
 * A battery of hostile input against the public API: each gets a clean refusal or a safe result, and the
 * server is healthy after every case. Depth, fragment cycles, alias floods, token counts and body size are
 * in {@code QueryLimitsTest}; this covers what reaches the resolvers and the database.
 */
class HostileInputTest extends TipApiTestBase {

    /** Markup that would execute if any text were ever rendered as HTML. */
    static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "\"><script>alert(document.cookie)</script>",
            "<<script>script>alert(1)<</script>/script>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<ScRiPt src=//evil.example/x.js></ScRiPt>",
            "<style>@import 'http://evil.example/x.css';</style>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>");

    /**
     * An opening tag, comment or declaration: stored text holds none. Plain "1 < 2" is text and stays, and so
     * may a lone "</x>" left from a broken-up vector: a closing tag opens nothing and executes nothing.
     */
    static final String TAG = "(?is).*<\\s*[a-z!?].*";
    static final Set<String> CLEAN_REFUSALS = Set.of("BAD_USER_INPUT", "NOT_FOUND");

    private final GraphQlClient http() {
        return new GraphQlClient(port);
    }

    private TipApi tipster() {
        return TipApi.over(http());
    }

    @AfterEach
    void theServerStaysHealthy() {
        GraphQlClient client = http();
        GraphQlClient.Reply health = client.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
        assertThat(client.query("{ languages { code } }").data().path("languages")).hasSize(7);
    }

    private static void assertNoInternals(String raw) {
        assertThat(raw).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.")
                .doesNotContain("tools.jackson").doesNotContain("com.mongodb").doesNotContain("org.bson");
    }

    static Stream<String> xss() {
        return XSS.stream();
    }

    @ParameterizedTest
    @MethodSource("xss")
    void storedMarkupComesBackAsInertPlainText(String vector) {
        TipApi tipster = tipster();
        String receipt = tipster.submitForReceipt(TipApi.tip(Map.of("story", "The recruiter wrote " + vector,
                "place", "Mae Sot " + vector, "contact", "me " + vector,
                "indicators", List.of(Map.of("type", "DOMAIN", "value", "jobs.example " + vector)))));
        TipRecord stored = records.find(submitted.lastId()).orElseThrow();
        List<String> texts = new ArrayList<>(List.of(stored.story(), stored.place(), stored.contact()));
        stored.indicators().forEach(i -> texts.add(i.raw()));
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotMatch(TAG).doesNotContainIgnoringCase("<script"));
        assertThat(stored.story()).startsWith("The recruiter wrote");

        JsonNode answer = tipster.addMessage(receipt, "Also: " + vector);
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        assertThat(answer.toString()).doesNotContainIgnoringCase("<script");
        List<TipRecord.Message> messages = records.find(submitted.lastId()).orElseThrow().messages();
        assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(m.text()).doesNotMatch(TAG)
                .doesNotContainIgnoringCase("<script").startsWith("Also:"));
    }

    @ParameterizedTest
    @MethodSource("xss")
    void reflectedMarkupIsNeverServedAsHtml(String vector) {
        GraphQlClient.Reply search = http().query("query($t: String) { warnings(filter: {text: $t}) { totalCount } }",
                Map.of("t", vector));
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.raw()).doesNotContainIgnoringCase("<script");
        GraphQlClient.Reply reflected = http().query("query($l: Language) { warnings(lang: $l) { totalCount } }",
                Map.of("l", vector));
        assertThat(reflected.status()).isEqualTo(400);
        assertThat(reflected.contentType()).startsWith("application/graphql-response+json");
        assertThat(reflected.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertNoInternals(reflected.raw());
    }

    static Stream<Arguments> operatorInjections() {
        Object ne = Map.of("$ne", "");
        Object where = Map.of("$where", "sleep(5000) || true");
        return Stream.of(
                Arguments.of("receipt object", TipApi.STATUS, Map.of("receipt", ne)),
                Arguments.of("receipt $where", TipApi.STATUS, Map.of("receipt", where)),
                Arguments.of("receipt as JSON text", TipApi.STATUS, Map.of("receipt", "{\"$ne\": null}")),
                Arguments.of("receipt regex", TipApi.STATUS, Map.of("receipt", "/.*/")),
                Arguments.of("receipt list", TipApi.STATUS, Map.of("receipt", List.of("1", "2"))),
                Arguments.of("message receipt object", TipApi.ADD_MESSAGE, Map.of("receipt", ne, "text", "hi")),
                Arguments.of("slug object", "query($s: String!) { warning(slug: $s) { slug } }", Map.of("s", ne)),
                Arguments.of("slug $where", "query($s: String!) { warning(slug: $s) { slug } }", Map.of("s", "$where")),
                Arguments.of("slug as JSON text", "query($s: String!) { warning(slug: $s) { slug } }",
                        Map.of("s", "{\"$gt\": \"\"}")),
                Arguments.of("country operator", "query($f: WarningFilter) { warnings(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("countries", List.of("$ne")))),
                Arguments.of("filter text object", "query($f: WarningFilter) { warnings(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("text", ne))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorInjections")
    void operatorInjectionNeverMatches(String name, String document, Map<String, Object> variables) {
        tipster().submitForReceipt(TipApi.tip());
        GraphQlClient.Reply reply = http().query(document, variables);
        assertNoInternals(reply.raw());
        JsonNode data = reply.data();
        assertThat(data.path("tipStatus").path("status").isMissingNode() || data.path("tipStatus").isNull())
                .as("no tip matched: " + reply.raw()).isTrue();
        assertThat(data.path("warning").path("slug").isMissingNode()).as(reply.raw()).isTrue();
        assertThat(data.path("addTipMessage").path("status").isMissingNode()).as(reply.raw()).isTrue();
        if (reply.body().has("errors")) {
            assertThat(CLEAN_REFUSALS).contains(reply.firstError().path("extensions").path("code").asString());
        } else {
            assertThat(data.path("warnings").path("totalCount").asInt(0)).isZero();
        }
    }

    @Test
    void anObjectWhereTheStoryShouldBeStoresNothing() {
        int before = submitted.events.size();
        JsonNode reply = tipster().submit(TipApi.tip(Map.of("story", Map.of("$gt", ""))));
        assertThat(reply.path("errors").path(0).path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(submitted.events).hasSize(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
            "application/xml", "application/json; charset=latin1"})
    void wrongContentTypesAreRefusedWithoutInternals(String contentType) {
        String body = contentType.startsWith("multipart")
                ? "--xyz\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n{ languages { code } }\r\n--xyz--\r\n"
                : contentType.contains("form") ? "query=%7B+languages+%7B+code+%7D+%7D" : "{\"query\":\"{ languages { code } }\"}";
        LoopbackHttp.Reply reply = new LoopbackHttp(port, "127.0.0.1").post("/graphql", contentType,
                body.getBytes(StandardCharsets.UTF_8), Map.of());
        if (!contentType.startsWith("application/json")) {
            assertThat(reply.status()).isBetween(400, 499);
        }
        assertNoInternals(reply.raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "{\"query\": ", "null", "[]", "42", "{\"query\": 42}", "{\"query\": null}",
            "{\"query\": \"{ languages { code } }\", \"variables\": \"nope\"}", "\u0000\u0001"})
    void malformedJsonIsA4xxWithoutInternals(String body) {
        GraphQlClient.Reply reply = http().post(body, "application/json", "application/graphql-response+json");
        assertThat(reply.status()).isBetween(400, 499);
        assertNoInternals(reply.raw());
    }

    @Test
    void invalidUtf8IsRefusedOrReplacedNeverACrash() {
        byte[] prefix = "{\"query\":\"{ warnings(filter: {text: \\\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] suffix = "\\\"}) { totalCount } }\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        LoopbackHttp.Reply reply = new LoopbackHttp(port, "127.0.0.1").post("/graphql", "application/json", body,
                Map.of("Accept", "application/graphql-response+json"));
        assertThat(reply.status()).isIn(200, 400);
        assertNoInternals(reply.raw());

        Map<String, Object> tip = new HashMap<>(TipApi.tip());
        byte[] tipBody = ("{\"query\":" + quote(TipApi.SUBMIT) + ",\"variables\":{\"input\":{\"story\":\"abc")
                .getBytes(StandardCharsets.UTF_8);
        LoopbackHttp.Reply broken = new LoopbackHttp(port, "127.0.0.1").post("/graphql", "application/json",
                concat(tipBody, bad), Map.of());
        assertThat(broken.status()).isBetween(400, 499);
        assertNoInternals(broken.raw());
        assertThat(tip).isNotEmpty();
    }

    @Test
    void hugeStringsAndListsAreRefusedClearly() {
        JsonNode longStory = tipster().submit(TipApi.tip(Map.of("story", "x".repeat(20_000))));
        assertThat(longStory.path("errors").path(0).path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(longStory.path("errors").path(0).path("message").asString()).containsIgnoringCase("story");

        GraphQlClient.Reply hugeBody = http().query(TipApi.SUBMIT, Map.of("input", TipApi.tip(Map.of("story",
                "y".repeat(2_000_000)))));
        assertThat(hugeBody.status()).isEqualTo(413);
        assertNoInternals(hugeBody.raw());

        JsonNode manyIndicators = tipster().submit(TipApi.tip(Map.of("indicators", TipApi.indicators(500))));
        assertThat(manyIndicators.path("errors").path(0).path("extensions").path("code").asString())
                .isEqualTo("BAD_USER_INPUT");
        GraphQlClient.Reply hugeList = http().query("query($f: WarningFilter) { warnings(filter: $f) { totalCount } }",
                Map.of("f", Map.of("countries", java.util.Collections.nCopies(20_000, "TH"))));
        assertThat(hugeList.status()).isBetween(400, 499);
        assertNoInternals(hugeList.raw());
    }

    @Test
    void unicodeTricksAreNormalisedAndInvisibleControlsRemoved() {
        String story = "Cafe\u0301 job \u202Eexe.fdp\u202C in Ba\u200Bngkok, 👩\u200D👩\u200D👧 family, ខ្មែរ ລາວ မြန်မာ 中文";
        tipster().submitForReceipt(TipApi.tip(Map.of("story", story, "place", "\u202Egnak\u200Bgnab", "contact",
                "a\u0000b\u0007c\uFEFF")));
        TipRecord stored = records.find(submitted.lastId()).orElseThrow();
        assertThat(stored.story()).contains("Café job exe.fdp in Bangkok").contains("👩\u200D👩\u200D👧")
                .contains("ខ្មែរ ລາວ မြန်မာ 中文").doesNotContain("\u202E").doesNotContain("\u200B");
        assertThat(stored.place()).isEqualTo("gnakgnab");
        assertThat(stored.contact()).isEqualTo("abc");
    }

    private static String quote(String s) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(s);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
