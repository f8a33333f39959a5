package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.LimitsTest;
import org.lurewatch.support.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Repeated failed sign-ins slow down and then lock out, per account and per client, and answer
 * the same for user names that exist and ones that do not. The attempts come from one client of
 * their own, named in X-Forwarded-For through the trusted 127.0.0.1 ({@link LimitsTest}).
 */
@LimitsTest // two free failures per name and client, a lockout at the third; at the thirteenth per client
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInThrottleTest {

    private static final String CLIENT = "192.0.2.50";

    @LocalServerPort
    int port;

    private static GraphQlClient.Reply postSession(GraphQlClient http, String username, String password) {
        return StaffClient.postJson(http, "/staff/session", Map.of("username", username, "password", password),
                "X-Forwarded-For", CLIENT);
    }

    /** Status and body of each of {@code n} wrong attempts, without the seconds to wait. */
    private List<String> failures(GraphQlClient http, String username, int n) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GraphQlClient.Reply reply = postSession(http, username, "wrong password number " + i);
            seen.add(reply.status() + " " + reply.firstError().path("extensions").path("code").asString() + " "
                    + reply.firstError().path("message").asString().replaceAll("\\d+ seconds", "N seconds"));
            assertThat(reply.headers().allValues("Set-Cookie")).isEmpty();
        }
        return seen;
    }

    @Test
    @Order(1)
    void knownAndUnknownUsersAreLockedOutAlikeAndTheRightPasswordWaitsToo() {
        GraphQlClient http = new GraphQlClient(port);
        List<String> known = failures(http, "admin", 4);
        List<String> unknown = failures(http, "no-such-person", 4);
        assertThat(known).isEqualTo(unknown);
        assertThat(known.subList(0, 3)).allMatch(s -> s.startsWith("401 UNAUTHENTICATED Wrong user name or password."));
        assertThat(known.get(3)).startsWith("429 RATE_LIMITED Too many failed sign-ins");

        GraphQlClient.Reply right = postSession(http, "admin", StaffClient.ADMIN_PASSWORD);
        assertThat(right.status()).as("locked: even the right password waits").isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L)).isGreaterThan(60);
        assertThat(right.firstError().path("extensions").path("retryAfterSeconds").asLong()).isGreaterThan(60);
        assertThat(right.headers().allValues("Set-Cookie")).isEmpty();

        GraphQlClient.Reply token = StaffClient.postJson(http, "/staff/token", Map.of(
                "username", "admin", "password", StaffClient.ADMIN_PASSWORD), "X-Forwarded-For", CLIENT);
        assertThat(token.status()).as("tokens are issued through the same throttle").isEqualTo(429);
    }

    @Test
    @Order(2)
    void aClientTryingManyNamesIsLockedOut() {
        GraphQlClient http = new GraphQlClient(port);
        // the test before charged 6 failures to this client; each new name fails once
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(postSession(http, "name-" + i, "wrong password, long enough").status());
        }
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 401, 401, 429);
    }
}
