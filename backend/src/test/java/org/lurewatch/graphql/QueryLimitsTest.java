package org.lurewatch.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.access.StaffTestContext;
import org.lurewatch.support.GraphQlClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Abusive documents are refused quickly and clearly; standard tooling keeps working. */
@StaffTestContext // a shared portal with the default public limits (and sample warnings)
class QueryLimitsTest {

    @LocalServerPort
    int port;
    GraphQlClient client;

    @BeforeEach
    void client() {
        client = new GraphQlClient(port);
    }

    private static void assertRefused(GraphQlClient.Reply reply, String why) {
        assertThat(reply.body().path("errors").isArray()).as(reply.raw()).isTrue();
        assertThat(reply.firstError().path("message").asString()).contains(why);
        assertThat(reply.firstError().path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(reply.data().path("warnings").isMissingNode() || reply.data().path("warnings").isNull()).isTrue();
    }

    @Test
    void theFullIntrospectionQueryOfGraphiqlAndCodeGeneratorsPasses() {
        GraphQlClient.Reply reply = client.query(IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(reply.body().has("errors")).as(reply.raw().substring(0, Math.min(400, reply.raw().length()))).isFalse();
        assertThat(reply.data().path("__schema").path("types").size()).isGreaterThan(10);
    }

    @Test
    void introspectionIsBoundedToo() {
        String deep = "{ __schema { types { " + "fields { type { ".repeat(12) + "name" + " } }".repeat(12) + " } } }";
        assertRefused(client.query(deep), "levels deep");
    }

    @Test
    void aHugeFirstTimesNestedFieldsIsTooComplex() {
        String wide = "{ a: warnings(first: 100) { edges { node { title summary bodyHtml redFlags countries slug id "
                + "category severity language availableLanguages indicators { type value } sources { title url } "
                + "publishedAt updatedAt expiresAt sample } } } b: warnings(first: 100) { edges { node { title summary "
                + "bodyHtml redFlags countries slug id category severity language availableLanguages indicators { type value } "
                + "sources { title url } publishedAt updatedAt expiresAt sample } } } "
                + "c: warnings(first: 100) { edges { node { title summary bodyHtml redFlags countries slug id category "
                + "severity language availableLanguages indicators { type value } sources { title url } } } } }";
        assertRefused(client.query(wide), "too complex");
    }

    /** An operation found within the limits is not measured again, unless a variable sets its size. */
    @Test
    void aFirstFromAVariableIsMeasuredAtEveryRequest() {
        String node = "node { title summary redFlags countries slug id category severity language availableLanguages "
                + "indicators { type value } sources { title url } publishedAt updatedAt expiresAt sample }";
        String document = "query Wide($n: Int) { a: warnings(first: $n) { edges { " + node + " } } "
                + "b: warnings(first: $n) { edges { " + node + " } } c: warnings(first: $n) { edges { " + node + " } } }";
        GraphQlClient.Reply small = client.query(document, Map.of("n", 2));
        assertThat(small.body().has("errors")).as(small.raw()).isFalse();
        assertRefused(client.query(document, Map.of("n", 100)), "too complex");
        GraphQlClient.Reply againSmall = client.query(document, Map.of("n", 2));
        assertThat(againSmall.body().has("errors")).as(againSmall.raw()).isFalse();
        assertThat(againSmall.data().path("a").path("edges").size()).isEqualTo(2);
    }

    /** Fields a variable includes are measured whenever the variable includes them. */
    @Test
    void fieldsAVariableIncludesAreMeasuredAtEveryRequest() {
        String node = "node { title summary redFlags countries slug id category severity language availableLanguages "
                + "indicators { type value } sources { title url } publishedAt updatedAt expiresAt sample }";
        String wide = "warnings(first: 100) @include(if: $all) { edges { " + node + " } }";
        String document = "query Maybe($all: Boolean!) { a: " + wide + " b: " + wide + " c: " + wide + " total: warningCounts { total } }";
        GraphQlClient.Reply without = client.query(document, Map.of("all", false));
        assertThat(without.body().has("errors")).as(without.raw()).isFalse();
        assertRefused(client.query(document, Map.of("all", true)), "too complex");
    }

    @Test
    void anAliasFloodIsRefused() {
        StringBuilder doc = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            doc.append(" a").append(i).append(": __typename");
        }
        assertRefused(client.query(doc.append(" }").toString()), "aliases");
    }

    @Test
    void aFragmentBombCostsNothing() {
        StringBuilder doc = new StringBuilder("{ languages { ...F0 } }\n");
        for (int i = 0; i < 30; i++) {
            doc.append("fragment F").append(i).append(" on LanguageInfo { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" }\n");
        }
        doc.append("fragment F30 on LanguageInfo { code }");
        long start = System.nanoTime();
        GraphQlClient.Reply reply = client.query(doc.toString());
        // 2^30 identical selections merge into one field: a small, correct answer, or a refusal
        assertThat(reply.body().has("errors") || reply.data().path("languages").size() == 7).as(reply.raw()).isTrue();
        assertThat(reply.raw().length()).isLessThan(2_000);
        assertThat((System.nanoTime() - start) / 1_000_000).as("answered quickly").isLessThan(5_000);
    }

    @Test
    void aFragmentCycleIsRefused() {
        GraphQlClient.Reply reply = client.query("{ languages { ...A } } fragment A on LanguageInfo { ...B } "
                + "fragment B on LanguageInfo { ...A }");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.firstError().path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void tooManyTokensAreRefusedBeforeParsingFinishes() {
        String doc = "{ languages { " + "code ".repeat(3_100) + "} }";
        GraphQlClient.Reply reply = client.query(doc);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.firstError().path("message").asString()).containsIgnoringCase("token");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        GraphQlClient.Reply reply = client.query("{ languages { code } }", Map.of("pad", "x".repeat(70_000)));
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.firstError().path("message").asString()).contains("65536 bytes");
    }

    @Test
    void aBatchOfOperationsIsNotAccepted() {
        GraphQlClient.Reply reply = client.post("[{\"query\":\"{ languages { code } }\"},{\"query\":\"{ languages { code } }\"}]",
                "application/json", "application/graphql-response+json");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw()).doesNotContain("Exception");
    }
}
