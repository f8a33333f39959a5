package org.lurewatch.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import com.google.common.hash.Hashing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.PublicApiTest;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.WarningChanged;
import org.lurewatch.warnings.WarningStatus;
import org.lurewatch.warnings.store.WarningRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/** Shared answers and the cacheable GET path never serve stale or private data. */
@PublicApiTest
class PublicQueryCachingTest {

    private static final String LATEST = "query Latest { warnings(first: 1) { edges { node { slug } } } }";

    @LocalServerPort
    int port;
    @Autowired
    WarningRepository repository;
    @Autowired
    ApplicationEventPublisher events;
    GraphQlClient client;

    @BeforeEach
    void setUp() {
        client = new GraphQlClient(port);
        repository.deleteAll();
        repository.save(TestWarnings.warning("first").publishedAt("2026-01-01T00:00:00Z").build());
        events.publishEvent(new WarningChanged(null, "first", WarningStatus.PUBLISHED));
    }

    private static String sha256(String s) {
        return HexFormat.of().formatHex(Hashing.sha256().hashString(s, StandardCharsets.UTF_8).asBytes());
    }

    private GraphQlClient.Reply getByHash(String hash, String ifNoneMatch) {
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.base() + "/graphql?extensions="
                + URLEncoder.encode(extensions, StandardCharsets.UTF_8))).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build());
    }

    private String latestSlug() {
        return client.query(LATEST).data().path("warnings").path("edges").path(0).path("node").path("slug").asString();
    }

    @Test
    void aPublicationIsSeenAtOnceDespiteTheSharedCache() {
        assertThat(latestSlug()).isEqualTo("first");
        assertThat(latestSlug()).isEqualTo("first");
        repository.save(TestWarnings.warning("second").publishedAt("2026-02-01T00:00:00Z").build());
        events.publishEvent(new WarningChanged(null, "second", WarningStatus.PUBLISHED));
        assertThat(latestSlug()).isEqualTo("second");
    }

    @Test
    void aPublicQueryCanBeFetchedByGetWithItsHashAndRevalidated() {
        String hash = sha256(LATEST);
        GraphQlClient.Reply unknown = getByHash(hash, null);
        assertThat(unknown.firstError().path("extensions").path("code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

        client.post("{\"query\":\"" + LATEST + "\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + hash + "\"}}}", "application/json", "application/graphql-response+json");

        GraphQlClient.Reply got = getByHash(hash, null);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.data().path("warnings").path("edges").path(0).path("node").path("slug").asString()).isEqualTo("first");
        assertThat(got.headers().firstValue("Cache-Control").orElse("")).contains("public", "max-age=30");
        String etag = got.headers().firstValue("ETag").orElseThrow();

        assertThat(getByHash(hash, etag).status()).isEqualTo(304);

        repository.save(TestWarnings.warning("second").publishedAt("2026-02-01T00:00:00Z").build());
        events.publishEvent(new WarningChanged(null, "second", WarningStatus.PUBLISHED));
        GraphQlClient.Reply changed = getByHash(hash, etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void aHashIsLearntEvenWhenTheAnswerIsAlreadyInTheSharedCache() {
        // the site's first visit often comes after others asked the same query: the cache answers it
        String newest = "query Newest { warnings(first: 2) { edges { node { slug } } } }";
        assertThat(client.query(newest).data().path("warnings").path("edges").path(0).path("node").path("slug")
                .asString()).isEqualTo("first");
        String hash = sha256(newest);
        client.post("{\"query\":\"" + newest + "\",\"variables\":{},\"extensions\":{\"persistedQuery\":{\"version\":1,"
                + "\"sha256Hash\":\"" + hash + "\"}}}", "application/json", "application/graphql-response+json");
        GraphQlClient.Reply got = getByHash(hash, null);
        assertThat(got.body().has("errors")).as(got.raw()).isFalse();
        assertThat(got.data().path("warnings").path("edges").path(0).path("node").path("slug").asString()).isEqualTo("first");
    }

    @Test
    void aPublicQueryThatLeavesAFieldOutOnAConditionIsStillPublic() {
        // the site's home page: the counts only on its first load
        String home = "query Home($counts: Boolean!) { warnings(first: 1) { totalCount } "
                + "warningCounts @include(if: $counts) { total } }";
        String hash = sha256(home);
        client.post("{\"query\":\"" + home + "\",\"variables\":{\"counts\":true},\"extensions\":{\"persistedQuery\":"
                + "{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}}", "application/json", "application/graphql-response+json");
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
        GraphQlClient.Reply got = client.get("/graphql?extensions=" + URLEncoder.encode(extensions, StandardCharsets.UTF_8)
                + "&variables=" + URLEncoder.encode("{\"counts\":false}", StandardCharsets.UTF_8));
        assertThat(got.body().has("errors")).as(got.raw()).isFalse();
        assertThat(got.data().path("warnings").path("totalCount").asInt()).isEqualTo(1);
        assertThat(got.data().has("warningCounts")).isFalse();
        assertThat(got.headers().firstValue("Cache-Control").orElse("")).contains("public");
    }

    @Test
    void onlyPublicQueriesAreLearntAndAWrongHashTeachesNothing() {
        String schemaQuery = "{ __schema { queryType { name } } }";
        client.post("{\"query\":\"" + schemaQuery + "\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + sha256(schemaQuery) + "\"}}}", "application/json", "application/json");
        assertThat(getByHash(sha256(schemaQuery), null).firstError().path("extensions").path("code").asString())
                .isEqualTo("PERSISTED_QUERY_NOT_FOUND");

        String forged = sha256("{ languages { code } }");
        client.post("{\"query\":\"" + LATEST + "\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + forged + "\"}}}", "application/json", "application/json");
        assertThat(getByHash(forged, null).firstError().path("extensions").path("code").asString())
                .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    }

    @Test
    void getWithoutAPersistedQueryIsStillRefused() {
        assertThat(client.get("/graphql?query=" + URLEncoder.encode("{ languages { code } }", StandardCharsets.UTF_8))
                .status()).isEqualTo(405);
        assertThat(client.send(HttpRequest.newBuilder(URI.create(client.base() + "/graphql?extensions=nope")).GET().build())
                .status()).isEqualTo(400);
    }
}
