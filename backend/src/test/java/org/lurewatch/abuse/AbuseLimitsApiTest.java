package org.lurewatch.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.LimitsTest;
import org.lurewatch.support.LoopbackHttp;
import org.lurewatch.support.TipApi;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Rate limits per client over real HTTP. Each test is its own client: a socket bound to its own
 * loopback address. 127.0.0.42 plays a trusted reverse proxy. The allowances are {@link LimitsTest}'s:
 * two tips and five receipt look-ups an hour, {@value LimitsTest#PUBLIC_READS} public reads.
 */
@LimitsTest
class AbuseLimitsApiTest {

    @LocalServerPort
    int port;

    private TipApi from(String peer, Map<String, String> headers) {
        LoopbackHttp http = new LoopbackHttp(port, peer);
        return new TipApi((doc, vars) -> http.query(doc, vars, headers).body());
    }

    private static String code(JsonNode body) {
        return body.path("errors").path(0).path("extensions").path("code").asString();
    }

    @Test
    void submissionsAreLimitedPerClientAndTheRefusalSaysHowLongToWait() {
        TipApi client = from("127.0.0.11", Map.of());
        assertThat(client.submit(TipApi.tip()).has("errors")).isFalse();
        assertThat(client.submit(TipApi.tip()).has("errors")).isFalse();

        JsonNode refused = client.submit(TipApi.tip());
        assertThat(code(refused)).isEqualTo("RATE_LIMITED");
        assertThat(refused.path("errors").path(0).path("extensions").path("retryAfterSeconds").asLong()).isPositive();
        assertThat(refused.path("errors").path(0).path("message").asString()).contains("tips sent", "wait");

        LoopbackHttp raw = new LoopbackHttp(port, "127.0.0.11");
        // a valid proof: a refused one is bad input, which spends (and checks) no allowance
        LoopbackHttp.Reply reply = raw.query(TipApi.SUBMIT, Map.of("input", TipApi.tip(), "proof", client.proof()));
        assertThat(reply.headers()).containsKey("retry-after");

        assertThat(from("127.0.0.12", Map.of()).submit(TipApi.tip()).has("errors")).as("another client").isFalse();
    }

    /** Issue 22, finding 11: a tip refused for its content (or its proof) spent the tipster's allowance. */
    @Test
    void aRejectedTipDoesNotSpendTheSubmissionAllowance() {
        TipApi client = from("127.0.0.14", Map.of());
        for (int i = 0; i < 5; i++) {
            JsonNode empty = client.submit(TipApi.tip(Map.of("story", " ")));
            assertThat(code(empty)).isEqualTo("BAD_USER_INPUT");
            JsonNode badCountry = client.submit(TipApi.tip(Map.of("country", "XX")));
            assertThat(code(badCountry)).isEqualTo("BAD_USER_INPUT");
            JsonNode forged = client.submit(TipApi.tip(), Map.of("challenge", "v1.forged", "nonce", "1"));
            assertThat(code(forged)).isEqualTo("BAD_USER_INPUT");
        }
        assertThat(client.submit(TipApi.tip()).has("errors")).as("the allowance is whole").isFalse();
        assertThat(client.submit(TipApi.tip()).has("errors")).isFalse();
        assertThat(code(client.submit(TipApi.tip()))).as("and then spent").isEqualTo("RATE_LIMITED");
    }

    @Test
    void aForgedForwardedForDoesNotBypassTheLimit() {
        for (int i = 0; i < 2; i++) {
            TipApi client = from("127.0.0.13", Map.of("X-Forwarded-For", "198.51.100." + i));
            assertThat(client.submit(TipApi.tip()).has("errors")).isFalse();
        }
        TipApi forger = from("127.0.0.13", Map.of("X-Forwarded-For", "203.0.113.99, 198.51.100.200"));
        assertThat(code(forger.submit(TipApi.tip()))).isEqualTo("RATE_LIMITED");
    }

    @Test
    void aTrustedProxysForwardedForIsHonoured() {
        TipApi alice = from("127.0.0.42", Map.of("X-Forwarded-For", "198.51.100.1"));
        assertThat(alice.submit(TipApi.tip()).has("errors")).isFalse();
        assertThat(alice.submit(TipApi.tip()).has("errors")).isFalse();
        assertThat(code(alice.submit(TipApi.tip()))).isEqualTo("RATE_LIMITED");

        TipApi bob = from("127.0.0.42", Map.of("X-Forwarded-For", "198.51.100.2"));
        assertThat(bob.submit(TipApi.tip()).has("errors")).as("another client behind the same proxy").isFalse();

        // Alice prepends a made-up address: the proxy's own entry (rightmost untrusted) still names her
        TipApi aliceForging = from("127.0.0.42", Map.of("X-Forwarded-For", "192.0.2.7, 198.51.100.1"));
        assertThat(code(aliceForging.submit(TipApi.tip()))).isEqualTo("RATE_LIMITED");

        // a chain of trusted proxies (127.0.0.42 <- 10.1.2.3 <- client) is followed to the client
        TipApi carol = from("127.0.0.42", Map.of("X-Forwarded-For", "198.51.100.3, 10.1.2.3"));
        assertThat(carol.submit(TipApi.tip()).has("errors")).isFalse();
        assertThat(carol.submit(TipApi.tip()).has("errors")).isFalse();
        assertThat(code(from("127.0.0.42", Map.of("X-Forwarded-For", "198.51.100.3")).submit(TipApi.tip())))
                .isEqualTo("RATE_LIMITED");
    }

    @Test
    void guessingReceiptsIsThrottled() {
        TipApi guesser = from("127.0.0.14", Map.of());
        for (int i = 0; i < 5; i++) {
            assertThat(code(guesser.status(String.format("%016d", 1_000_000_000_000L + i)))).isEqualTo("NOT_FOUND");
        }
        assertThat(code(guesser.status("1234 5678 1234 5678"))).isEqualTo("RATE_LIMITED");
        assertThat(code(guesser.addMessage("1234 5678 1234 5679", "guess"))).as("messages guess receipts too")
                .isEqualTo("RATE_LIMITED");
        assertThat(code(from("127.0.0.15", Map.of()).status("1234 5678 1234 5678"))).isEqualTo("NOT_FOUND");
    }

    @Test
    void publicReadsAreLimitedGenerously() {
        LoopbackHttp reader = new LoopbackHttp(port, "127.0.0.16");
        for (int i = 0; i < LimitsTest.PUBLIC_READS; i++) {
            LoopbackHttp.Reply ok = reader.query("{ warnings { totalCount } }", Map.of());
            assertThat(ok.body().has("errors")).as(ok.raw()).isFalse();
        }
        assertThat(reader.query("{ warnings { totalCount } }", Map.of()).errorCode())
                .as("an answer kept for everyone still spends the allowance").isEqualTo("RATE_LIMITED");
        LoopbackHttp.Reply refused = reader.query("{ languages { code } }", Map.of());
        assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(refused.firstError().path("extensions").path("retryAfterSeconds").asLong()).isPositive();
        assertThat(refused.headers()).containsKey("retry-after");
        assertThat(refused.body().has("data")).isFalse();
    }

    /** A preview image is drawn on the server: asking for cards without end must meet the same allowance. */
    @Test
    void sharedWarningCardsSpendTheSameReadAllowance() {
        LoopbackHttp reader = new LoopbackHttp(port, "127.0.0.19");
        for (int i = 0; i < LimitsTest.PUBLIC_READS; i++) {
            assertThat(reader.get("/warning-card/en/no-such-warning-" + i + ".png", Map.of()).status()).isEqualTo(404);
        }
        LoopbackHttp.Reply refused = reader.get("/warning-card/en/no-such-warning.png", Map.of());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers()).containsKey("retry-after");
    }

    @Test
    void feedsSpendTheSameReadAllowance() {
        LoopbackHttp reader = new LoopbackHttp(port, "127.0.0.17");
        for (int i = 0; i < LimitsTest.PUBLIC_READS / 2; i++) {
            assertThat(reader.get("/feeds/warnings.atom", Map.of()).status()).isEqualTo(200);
            assertThat(reader.query("{ languages { code } }", Map.of()).body().has("errors")).isFalse();
        }
        LoopbackHttp.Reply refused = reader.get("/feeds/warnings.atom", Map.of());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers()).containsKey("retry-after");
        assertThat(refused.body().path("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(reader.query("{ languages { code } }", Map.of()).errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(new LoopbackHttp(port, "127.0.0.18").get("/feeds/warnings.atom", Map.of()).status()).isEqualTo(200);
    }
}
