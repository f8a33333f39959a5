package org.lurewatch.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.PublicApiTest;
import org.lurewatch.support.TipApi;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Public tip statistics: small counts suppressed, totals that cannot give them away. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@PublicApiTest
class TipStatisticsApiTest {

    private static final String STATS = """
            query($groupBy: [TipStatisticsDimension!]!) { tipStatistics(groupBy: $groupBy) {
              total threshold roundedTo cells { category country channel month count suppressed } } }""";

    @LocalServerPort
    int port;
    GraphQlClient client;

    @BeforeAll
    void submitTips() {
        client = new GraphQlClient(port);
        TipApi api = TipApi.over(client);
        submit(api, 8, "TH", "JOB_OFFER");
        submit(api, 3, "VN", "JOB_OFFER");
        submit(api, 6, "LA", "MARRIAGE_OFFER");
    }

    private static void submit(TipApi api, int times, String country, String category) {
        for (int i = 0; i < times; i++) {
            Map<String, Object> tip = new HashMap<>(TipApi.tip());
            tip.put("country", country);
            tip.put("category", category);
            api.submitForReceipt(tip);
        }
    }

    private JsonNode stats(String... groupBy) {
        GraphQlClient.Reply reply = client.query(STATS, Map.of("groupBy", List.of(groupBy)));
        assertThat(reply.body().has("errors")).as(reply.raw()).isFalse();
        return reply.data().path("tipStatistics");
    }

    private static JsonNode cell(JsonNode stats, String field, String value) {
        for (JsonNode c : stats.path("cells")) {
            if (value.equals(c.path(field).asString(""))) {
                return c;
            }
        }
        throw new AssertionError("no cell with " + field + "=" + value + " in " + stats);
    }

    @Test
    void smallCountsAreSuppressedNotShown() {
        JsonNode byCountry = stats("COUNTRY");
        JsonNode vn = cell(byCountry, "country", "VN");
        assertThat(vn.path("suppressed").asBoolean()).isTrue();
        assertThat(vn.path("count").isNull()).isTrue();
        assertThat(cell(byCountry, "country", "TH").path("count").asInt()).isEqualTo(10);
        assertThat(cell(byCountry, "country", "LA").path("count").asInt()).isEqualTo(5);
        assertThat(byCountry.path("threshold").asInt()).isEqualTo(5);
    }

    @Test
    void neitherTheTotalNorACoarserGroupingGivesTheSuppressedCellBack() {
        JsonNode byCountry = stats("COUNTRY");
        long total = byCountry.path("total").asLong();
        long shown = cell(byCountry, "country", "TH").path("count").asLong() + cell(byCountry, "country", "LA").path("count").asLong();
        assertThat(total - shown).isNotEqualTo(3);

        long jobs = cell(stats("CATEGORY"), "category", "JOB_OFFER").path("count").asLong();
        JsonNode fine = stats("CATEGORY", "COUNTRY");
        long jobsInThailand = 0;
        for (JsonNode c : fine.path("cells")) {
            if ("JOB_OFFER".equals(c.path("category").asString()) && "TH".equals(c.path("country").asString())) {
                jobsInThailand = c.path("count").asLong();
            }
        }
        assertThat(jobs - jobsInThailand).isNotEqualTo(3);
    }

    /**
     * Issue 22, finding 8: a listed cell must not tell that a tip exists. VN (3 tips) and KH (none)
     * look the same, every channel of every region country is listed, and a period without any tip
     * lists exactly the cells of a period with tips.
     */
    @Test
    void theSameCellsAreListedWhateverTheDataAndAnEmptyCellLooksSuppressed() {
        JsonNode byCountry = stats("COUNTRY");
        assertThat(cell(byCountry, "country", "KH").toString()).isEqualTo(cell(byCountry, "country", "VN").toString()
                .replace("VN", "KH"));
        assertThat(countries(byCountry)).containsExactly("CN", "KH", "LA", "MM", "TH", "VN", "OTHER");

        JsonNode now = stats("COUNTRY", "CHANNEL", "CATEGORY");
        GraphQlClient.Reply past = client.query("""
                query { tipStatistics(groupBy: [COUNTRY, CHANNEL, CATEGORY], from: "2019-01", to: "2019-12") {
                  cells { category country channel month count suppressed } } }""");
        JsonNode empty = past.data().path("tipStatistics");
        assertThat(now.path("cells").size()).isEqualTo(7 * 10 * 4).isEqualTo(empty.path("cells").size());
        for (int i = 0; i < now.path("cells").size(); i++) {
            JsonNode a = now.path("cells").get(i);
            JsonNode b = empty.path("cells").get(i);
            assertThat(List.of(a.path("category"), a.path("country"), a.path("channel")).toString())
                    .isEqualTo(List.of(b.path("category"), b.path("country"), b.path("channel")).toString());
        }
        JsonNode months = stats("MONTH");
        assertThat(months.path("cells").size()).as("every month of the default twelve").isEqualTo(12);
    }

    @Test
    void tooManyCellsAreRefusedNamingTheField() {
        GraphQlClient.Reply many = client.query("""
                { tipStatistics(groupBy: [COUNTRY, CHANNEL, CATEGORY, MONTH], from: "2021-01", to: "2025-12") { total } }""");
        assertThat(many.firstError().path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(many.firstError().path("extensions").path("field").asString()).isEqualTo("from");
    }

    private static List<String> countries(JsonNode stats) {
        List<String> out = new java.util.ArrayList<>();
        stats.path("cells").forEach(c -> out.add(c.path("country").asString()));
        return out;
    }

    @Test
    void groupingByMonthAndChannelWorksAndBadMonthsNameTheField() {
        JsonNode byMonth = stats("MONTH", "CHANNEL");
        assertThat(byMonth.path("cells").size()).isGreaterThanOrEqualTo(1);
        assertThat(byMonth.path("cells").path(0).path("month").asString()).matches("\\d{4}-\\d{2}");
        GraphQlClient.Reply bad = client.query("{ tipStatistics(groupBy: [COUNTRY], from: \"last year\") { total } }");
        assertThat(bad.firstError().path("extensions").path("field").asString()).isEqualTo("from");
    }
}
