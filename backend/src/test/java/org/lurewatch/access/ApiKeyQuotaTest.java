package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.access.apikey.ApiKeys;
import org.lurewatch.support.LimitsTest;
import org.lurewatch.support.LoopbackHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request with an NGO key reads under the key's quota, not under the anonymous per-address
 * allowance ({@value LimitsTest#PUBLIC_READS} here). Each test is its own client address (see {@link LoopbackHttp}).
 */
@LimitsTest
class ApiKeyQuotaTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;

    @Test
    void aKeysQuotaReplacesTheAnonymousAllowance() {
        // 20 a minute and 20 a day: the day window makes the 21st refusal certain however slow the machine
        String key = keys.issue("Quota NGO", 20, 20, List.of()).key();
        LoopbackHttp client = new LoopbackHttp(port, "127.0.0.71");
        for (int i = 0; i < LimitsTest.PUBLIC_READS; i++) {
            assertThat(client.query("{ __typename }", Map.of()).body().has("errors")).isFalse();
        }
        assertThat(client.query("{ __typename }", Map.of()).errorCode()).as("anonymous allowance").isEqualTo("RATE_LIMITED");

        for (int i = 0; i < 20; i++) {
            LoopbackHttp.Reply reply = client.query("{ __typename }", Map.of(), Map.of("X-Api-Key", key));
            assertThat(reply.body().has("errors")).as("request %d with the key: %s", i + 1, reply.raw()).isFalse();
        }
        LoopbackHttp.Reply refused = client.query("{ __typename }", Map.of(), Map.of("X-Api-Key", key));
        assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(refused.firstError().path("message").asString()).contains("API key");
        assertThat(refused.headers()).containsKey("retry-after");

        String other = keys.issue("Another NGO", 20, 20, List.of()).key();
        assertThat(client.query("{ __typename }", Map.of(), Map.of("X-Api-Key", other)).body().has("errors"))
                .as("each key has its own bucket").isFalse();
    }

    @Test
    void feedsSpendTheKeysQuotaToo() {
        String key = keys.issue("Feed Reader NGO", 10, 2, List.of()).key();
        LoopbackHttp client = new LoopbackHttp(port, "127.0.0.72");
        for (int i = 0; i < LimitsTest.PUBLIC_READS; i++) {
            client.get("/feeds/warnings.atom", Map.of());
        }
        assertThat(client.get("/feeds/warnings.atom", Map.of()).status()).as("anonymous allowance").isEqualTo(429);
        assertThat(client.get("/feeds/warnings.atom", Map.of("X-Api-Key", key)).status()).isEqualTo(200);
        assertThat(client.get("/feeds/warnings.atom", Map.of("X-Api-Key", key)).status()).isEqualTo(200);
        LoopbackHttp.Reply refused = client.get("/feeds/warnings.atom", Map.of("X-Api-Key", key));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers()).containsKey("retry-after");
    }
}
