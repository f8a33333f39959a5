package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.SchemaWalk;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** NGO API keys over real HTTP: lifecycle, usage, CORS per key origin, and no staff powers. */
@StaffTestContext
class ApiKeyApiTest extends AdminSignedIn {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ISSUE = """
            mutation($i: IssueApiKeyInput!) { issueApiKey(input: $i) {
              key apiKey { id organisation hint requestsPerMinute requestsPerDay allowedOrigins active } } }""";
    private static final String NGO = "https://ngo.example.org";

    private JsonNode issue(String organisation, List<String> origins) {
        GraphQlClient.Reply reply = admin.query(ISSUE, Map.of("i", Map.of("organisation", organisation,
                "requestsPerMinute", 600, "requestsPerDay", 50_000, "allowedOrigins", origins)));
        assertThat(reply.body().has("errors")).as(reply.raw()).isFalse();
        return reply.data().path("issueApiKey");
    }

    private GraphQlClient.Reply withKey(String key, String document, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build());
    }

    private GraphQlClient.Reply feed(String key, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + "/feeds/warnings.atom")).GET();
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build());
    }

    private static void assertUnauthenticated(GraphQlClient.Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(401);
        assertThat(reply.firstError().path("extensions").path("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aKeyIsShownOnceWorksAndEndsWhenRotatedOrRevoked() {
        JsonNode issued = issue("Mekong Youth Network", List.of());
        String key = issued.path("key").asString();
        String id = issued.path("apiKey").path("id").asString();
        assertThat(key).startsWith("lwk_").hasSizeGreaterThan(40);
        assertThat(issued.path("apiKey").path("hint").asString()).isEqualTo("…" + key.substring(key.length() - 4));
        assertThat(issued.path("apiKey").path("active").asBoolean()).isTrue();

        GraphQlClient.Reply listed = admin.query("{ apiKeys { totalCount edges { node { id organisation hint } } } }");
        assertThat(listed.raw()).contains("Mekong Youth Network").doesNotContain(key);

        GraphQlClient.Reply works = withKey(key, "{ __typename }");
        assertThat(works.status()).isEqualTo(200);
        assertThat(works.data().path("__typename").asString()).isEqualTo("Query");
        assertThat(feed(key).status()).isEqualTo(200);

        JsonNode rotated = admin.query("mutation($id: ID!) { rotateApiKey(id: $id) { key apiKey { id organisation"
                + " requestsPerMinute rotatedAt } } }", Map.of("id", id)).data().path("rotateApiKey");
        String newKey = rotated.path("key").asString();
        assertThat(newKey).startsWith("lwk_").isNotEqualTo(key);
        assertThat(rotated.path("apiKey").path("id").asString()).isEqualTo(id);
        assertThat(rotated.path("apiKey").path("organisation").asString()).isEqualTo("Mekong Youth Network");
        assertThat(rotated.path("apiKey").path("requestsPerMinute").asInt()).isEqualTo(600);
        assertThat(rotated.path("apiKey").path("rotatedAt").isNull()).isFalse();
        assertUnauthenticated(withKey(key, "{ __typename }"));
        assertThat(withKey(newKey, "{ __typename }").status()).isEqualTo(200);

        JsonNode revoked = admin.query("mutation($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }",
                Map.of("id", id)).data().path("revokeApiKey");
        assertThat(revoked.path("active").asBoolean()).isFalse();
        assertUnauthenticated(withKey(newKey, "{ __typename }"));
        assertThat(feed(newKey).status()).isEqualTo(401);
        assertUnauthenticated(withKey("lwk_neverIssued", "{ __typename }"));
        assertThat(withKey(null, "{ __typename }").status()).as("anonymous still reads").isEqualTo(200);
    }

    @Test
    void badInputNamesTheField() {
        GraphQlClient.Reply wildcard = admin.query(ISSUE, Map.of("i", Map.of("organisation", "X",
                "requestsPerMinute", 10, "requestsPerDay", 10, "allowedOrigins", List.of("*"))));
        assertThat(wildcard.firstError().path("extensions").path("field").asString()).isEqualTo("allowedOrigins");
        GraphQlClient.Reply path = admin.query(ISSUE, Map.of("i", Map.of("organisation", "X",
                "requestsPerMinute", 10, "requestsPerDay", 10, "allowedOrigins", List.of("https://a.example/x"))));
        assertThat(path.firstError().path("extensions").path("field").asString()).isEqualTo("allowedOrigins");
        GraphQlClient.Reply quota = admin.query(ISSUE, Map.of("i", Map.of("organisation", "X",
                "requestsPerMinute", 0, "requestsPerDay", 10)));
        assertThat(quota.firstError().path("extensions").path("field").asString()).isEqualTo("requestsPerMinute");
        GraphQlClient.Reply name = admin.query(ISSUE, Map.of("i", Map.of("organisation", "  ",
                "requestsPerMinute", 1, "requestsPerDay", 10)));
        assertThat(name.firstError().path("extensions").path("field").asString()).isEqualTo("organisation");
    }

    @Test
    void usagePerDayIsVisibleToAdministrators() {
        JsonNode issued = issue("Usage Counting NGO", List.of());
        String key = issued.path("key").asString();
        for (int i = 0; i < 3; i++) {
            assertThat(withKey(key, "{ __typename }").status()).isEqualTo(200);
        }
        assertThat(feed(key).status()).isEqualTo(200);

        JsonNode node = null;
        for (JsonNode edge : admin.query("{ apiKeys(first: 100) { edges { node { id usage(days: 3) { day requests } } } } }")
                .data().path("apiKeys").path("edges")) {
            if (edge.path("node").path("id").asString().equals(issued.path("apiKey").path("id").asString())) {
                node = edge.path("node");
            }
        }
        assertThat(node).isNotNull();
        assertThat(node.path("usage")).hasSize(3);
        assertThat(node.path("usage").path(0).path("day").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(node.path("usage").path(0).path("requests").asInt()).isEqualTo(4);
        assertThat(node.path("usage").path(1).path("requests").asInt()).isZero();
    }

    @Test
    void corsHeadersOnlyForOriginsOfActiveKeys() {
        JsonNode issued = issue("Browser Dashboard NGO", List.of(NGO));
        String key = issued.path("key").asString();

        GraphQlClient.Reply allowed = withKey(key, "{ __typename }", "Origin", NGO);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(NGO);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(feed(null, "Origin", NGO).headers().firstValue("Access-Control-Allow-Origin")).contains(NGO);

        GraphQlClient.Reply foreign = withKey(key, "{ __typename }", "Origin", "https://evil.example");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(String.join(",", foreign.headers().allValues("Vary"))).as("shared caches keep origins apart")
                .contains("Origin");
        assertThat(feed(null, "Origin", "https://evil.example").headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();

        GraphQlClient.Reply preflight = preflight(NGO);
        assertThat(preflight.status()).isBetween(200, 204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(NGO);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("x-api-key").contains("content-type");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(preflight(" https://evil.example".strip()).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        admin.query("mutation($id: ID!) { revokeApiKey(id: $id) { active } }",
                Map.of("id", issued.path("apiKey").path("id").asString()));
        assertThat(preflight(NGO).headers().firstValue("Access-Control-Allow-Origin")).as("revoked").isEmpty();
    }

    private GraphQlClient.Reply preflight(String origin) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + "/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .build());
    }

    @Test
    void aKeyNeverGrantsStaffPowers() {
        String key = issue("Curious NGO", List.of()).path("key").asString();
        SchemaWalk walk = SchemaWalk.of(http::query);
        List<SchemaWalk.Call> staffCalls = walk.calls().stream()
                .filter(c -> !SchemaAccessTest.PUBLIC.contains(c.field()))
                .filter(c -> !SchemaAccessTest.KEY_HOLDER.contains(c.field())).toList();
        assertThat(staffCalls).extracting(SchemaWalk.Call::field).contains("apiKeys", "issueApiKey", "staffUsers", "me");
        for (SchemaWalk.Call call : staffCalls) {
            GraphQlClient.Reply reply = withKey(key, call.document());
            String what = call.document() + " -> " + reply.raw();
            assertThat(reply.status()).as(what).isEqualTo(200);
            assertThat(reply.firstError().path("extensions").path("code").asString()).as(what).isEqualTo("UNAUTHENTICATED");
            assertThat(reply.raw()).as(what).doesNotContain("lwk_").doesNotContain("Exception");
        }
    }
}
