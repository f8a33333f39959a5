package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.net.http.WebSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlSocket;
import org.lurewatch.access.apikey.ApiKeyUsage;
import org.lurewatch.access.apikey.ApiKeys;
import org.lurewatch.common.UserInputException;
import org.lurewatch.support.LimitsTest;
import org.lurewatch.support.LoopbackHttp;
import org.lurewatch.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What an NGO sees of its own key: its quota, what is left and its expiry (with the key alone),
 * rate-limit headers on every keyed answer, 429 for a refused GraphQL request as for a feed, keys
 * that expire, and subscriptions over a keyed WebSocket spending the key's quota. Each test is its
 * own client address in the portal of {@link LimitsTest}.
 */
@LimitsTest
class ApiKeyHolderTest {

    static final String MINE = "{ myApiKey { organisation hint requestsPerMinute requestsPerDay remainingThisMinute"
            + " remainingToday expiresAt usage(days: 1) { day requests } } }";

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    ApiKeyUsage usage;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theHolderReadsItsOwnQuotaWhatIsLeftAndItsExpiryWithTheKeyAlone() {
        Instant expires = Instant.now().plusSeconds(30 * 86_400L).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String key = keys.issue("Self NGO", 20, 1000, List.of(), expires).key();
        LoopbackHttp client = new LoopbackHttp(port, "127.0.0.81");
        client.query("{ __typename }", Map.of(), Map.of("X-Api-Key", key));
        LoopbackHttp.Reply reply = client.query(MINE, Map.of(), Map.of("X-Api-Key", key));
        assertThat(reply.body().has("errors")).as(reply.raw()).isFalse();
        JsonNode mine = reply.data().path("myApiKey");
        assertThat(mine.path("organisation").asString()).isEqualTo("Self NGO");
        assertThat(mine.path("requestsPerMinute").asInt()).isEqualTo(20);
        assertThat(mine.path("requestsPerDay").asInt()).isEqualTo(1000);
        assertThat(mine.path("remainingThisMinute").asInt()).isEqualTo(18);
        assertThat(mine.path("remainingToday").asInt()).isEqualTo(998);
        assertThat(Instant.parse(mine.path("expiresAt").asString())).isEqualTo(expires);
        assertThat(mine.path("usage").get(0).path("requests").asInt()).isEqualTo(2);

        LoopbackHttp.Reply anonymous = new LoopbackHttp(port, "127.0.0.82").query(MINE, Map.of());
        assertThat(anonymous.errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void everyKeyedAnswerCarriesRateLimitHeaders() {
        String key = keys.issue("Header NGO", 20, 1000, List.of()).key();
        LoopbackHttp client = new LoopbackHttp(port, "127.0.0.83");
        LoopbackHttp.Reply first = client.query("{ __typename }", Map.of(), Map.of("X-Api-Key", key));
        assertThat(first.headers().get("ratelimit-policy")).isEqualTo("\"minute\";q=20;w=60, \"day\";q=1000;w=86400");
        assertThat(first.headers().get("ratelimit")).matches("\"minute\";r=19;t=\\d+, \"day\";r=999;t=\\d+");
        LoopbackHttp.Reply feed = client.get("/feeds/warnings.atom", Map.of("X-Api-Key", key));
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().get("ratelimit")).startsWith("\"minute\";r=18;");
        assertThat(feed.headers()).containsKey("ratelimit-policy");
    }

    @Test
    void aRefusedGraphQlRequestIs429WithRetryAfterLikeAFeed() {
        String key = keys.issue("Tiny NGO", 20, 2, List.of()).key();
        LoopbackHttp client = new LoopbackHttp(port, "127.0.0.84");
        client.query("{ __typename }", Map.of(), Map.of("X-Api-Key", key));
        client.query("{ __typename }", Map.of(), Map.of("X-Api-Key", key));
        LoopbackHttp.Reply refused = client.query("{ __typename }", Map.of(), Map.of("X-Api-Key", key));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(refused.headers()).containsKey("retry-after");
        assertThat(refused.headers().get("ratelimit")).contains("\"day\";r=0;");

        LoopbackHttp anonymous = new LoopbackHttp(port, "127.0.0.85");
        for (int i = 0; i < LimitsTest.PUBLIC_READS; i++) {
            anonymous.query("{ __typename }", Map.of());
        }
        LoopbackHttp.Reply anonymousRefused = anonymous.query("{ __typename }", Map.of());
        assertThat(anonymousRefused.status()).isEqualTo(429);
        assertThat(anonymousRefused.headers()).containsKey("retry-after");
    }

    @Test
    void keysMayExpire() {
        assertThatThrownBy(() -> keys.issue("Past NGO", 20, 20, List.of(), Instant.now().minusSeconds(1)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("expiresAt");
        String key = keys.issue("Short NGO", 20, 20, List.of(), clock.instant().plus(Duration.ofHours(1))).key();
        LoopbackHttp client = new LoopbackHttp(port, "127.0.0.86");
        assertThat(client.query("{ __typename }", Map.of(), Map.of("X-Api-Key", key)).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(1).plusMillis(1)); // the portal's clock: the hour has passed
        LoopbackHttp.Reply expired = client.query("{ __typename }", Map.of(), Map.of("X-Api-Key", key));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(client.get("/feeds/warnings.atom", Map.of("X-Api-Key", key)).status()).isEqualTo(401);
    }

    @Test
    void subscriptionsOverAKeyedWebSocketSpendTheKeysQuota() throws Exception {
        ApiKeys.Issued issued = keys.issue("Socket NGO", 20, 2, List.of());
        GraphQlSocket socket = GraphQlSocket.openWith(port, Map.of("X-Api-Key", issued.key()));
        long before = usage.recent(issued.apiKey().id(), 1).get(0).requests();
        for (int i = 1; i <= 3; i++) {
            socket.send("{\"id\":\"" + i + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription {"
                    + " warningChanged { kind } }\"}}");
        }
        String refusal = socket.nextMessage(Duration.ofSeconds(5));
        assertThat(refusal).as("the third subscription is over the day's quota of 2").contains("\"id\":\"3\"",
                "RATE_LIMITED");
        assertThat(usage.recent(issued.apiKey().id(), 1).get(0).requests() - before).isEqualTo(3);

        keys.revoke(issued.apiKey().id());
        socket.send("{\"id\":\"4\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription {"
                + " warningChanged { kind } }\"}}");
        String answer = socket.nextMessage(Duration.ofSeconds(5));
        while (answer != null && !answer.contains("\"id\":\"4\"")) {
            answer = socket.nextMessage(Duration.ofSeconds(5)); // the third's "complete"
        }
        assertThat(answer).as("revoked since the handshake").contains("UNAUTHENTICATED");
        socket.close();
    }
}
