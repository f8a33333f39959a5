package org.lurewatch.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.access.StaffTestContext;
import org.lurewatch.support.GraphQlClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The GraphQL-over-HTTP conventions a client relies on: media types, status codes, the error
 * shape with {@code extensions.code}, and no internals in any error.
 */
@StaffTestContext // a shared portal with the default public limits (and sample warnings)
class GraphQlOverHttpTest {

    @LocalServerPort
    int port;
    GraphQlClient client;

    @BeforeEach
    void client() {
        client = new GraphQlClient(port);
    }

    @Test
    void answersWithTheGraphQlResponseMediaType() {
        GraphQlClient.Reply reply = client.query("{ languages { code nativeName } }");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/graphql-response+json");
        assertThat(reply.data().path("languages")).hasSize(7);
        assertThat(reply.raw()).contains("ภาษาไทย", "ພາສາລາວ", "ភាសាខ្មែរ", "မြန်မာဘာသာ");
    }

    @Test
    void stillServesPlainJsonClients() {
        GraphQlClient.Reply reply = client.post("{\"query\":\"{ languages { code } }\"}", "application/json", "application/json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
    }

    @Test
    void aDocumentThatDoesNotParseIsA400WithACode() {
        GraphQlClient.Reply reply = client.query("{ warnings { ");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.firstError().path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(reply.body().has("data")).isFalse();
    }

    @Test
    void anUnknownLanguageIsRefusedBeforeExecution() {
        GraphQlClient.Reply reply = client.query("{ warnings(lang: xx) { totalCount } }");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.firstError().path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(reply.firstError().path("message").asString()).contains("lang", "Language");
    }

    @Test
    void anUnknownEnumInVariablesIsRefused() {
        GraphQlClient.Reply reply = client.query("query($f: WarningFilter) { warnings(filter: $f) { totalCount } }",
                Map.of("f", Map.of("categories", java.util.List.of("KIDNEY_OFFER"))));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.firstError().path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void firstOverTheCapNamesTheFieldAndTheLimit() {
        GraphQlClient.Reply reply = client.query("{ warnings(first: 1000) { totalCount } }");
        assertThat(reply.firstError().path("message").asString()).contains("first", "100");
        assertThat(reply.firstError().path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(reply.firstError().path("extensions").path("field").asString()).isEqualTo("first");
        assertThat(reply.body().has("data")).as("execution started, so data is present (null)").isTrue();
    }

    @Test
    void aMalformedCursorIsAClearErrorNotACrash() {
        for (String cursor : new String[] {"zzz", "!!!", "YzE6bm9waXBl", ""}) {
            GraphQlClient.Reply reply = client.query("query($a: String) { warnings(after: $a) { totalCount } }",
                    Map.of("a", cursor));
            if (cursor.isEmpty()) {
                assertThat(reply.body().has("errors")).isFalse();
                continue;
            }
            assertThat(reply.firstError().path("extensions").path("field").asString()).as(cursor).isEqualTo("after");
            assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("org.");
        }
    }

    @Test
    void anUnknownCountryNamesTheField() {
        GraphQlClient.Reply reply = client.query("{ warnings(filter: {countries: [\"XX\"]}) { totalCount } }");
        assertThat(reply.firstError().path("extensions").path("field").asString()).isEqualTo("filter.countries");
        assertThat(reply.firstError().path("message").asString()).contains("ISO 3166-1");
    }

    @Test
    void aSearchTextOverTheCapNamesTheLimit() {
        GraphQlClient.Reply reply = client.query("query($t: String) { warnings(filter: {text: $t}) { totalCount } }",
                Map.of("t", "x".repeat(201)));
        assertThat(reply.firstError().path("message").asString()).contains("filter.text", "200");
    }

    @Test
    void malformedJsonIsA400WithoutInternals() {
        GraphQlClient.Reply reply = client.post("{not json", "application/json", "application/graphql-response+json");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void getIsNotAnExecutionPath() {
        assertThat(client.get("/graphql?query=%7Blanguages%7Bcode%7D%7D").status()).isEqualTo(405);
    }

    @Test
    void theSiteAndHealthAreServed() {
        // GraphiQL is off by default: GraphiQlTest and GraphiQlOffTest
        GraphQlClient.Reply home = client.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.raw()).contains("LureWatch", "/js/index.js");
        GraphQlClient.Reply health = client.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
    }
}
