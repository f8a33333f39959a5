package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.LimitsTest;
import org.lurewatch.support.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody can lock a staff member out by failing sign-ins for their name from many addresses, and the
 * member hears about the failures at their next sign-in (issue 22, finding 10). The test's requests
 * come through a trusted proxy (loopback, see {@link LimitsTest}: default sign-in limits), so
 * X-Forwarded-For sets each one's client address.
 */
@LimitsTest
class SignInLockoutTest {

    /** Not in 10.0.0.0/8, which LimitsTest trusts as proxies. */
    private static final String USUAL = "192.0.2.10";

    @LocalServerPort
    int port;

    private GraphQlClient.Reply signIn(GraphQlClient http, String from, String username, String password) {
        return StaffClient.postJson(http, "/staff/session", Map.of("username", username, "password", password),
                "X-Forwarded-For", from);
    }

    @Test
    void strangersFailingFromManyAddressesLockThemselvesOutNotTheMember() {
        GraphQlClient http = new GraphQlClient(port);
        StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD).newStaff("target-officer", "EDITOR");
        assertThat(signIn(http, USUAL, "target-officer", StaffClient.NEW_PASSWORD).status())
                .as("the member signs in from their usual address").isEqualTo(200);

        int wrongPasswordsChecked = 0;
        for (int stranger = 0; stranger < 25; stranger++) {
            for (int attempt = 0; attempt < 2; attempt++) {
                GraphQlClient.Reply reply = signIn(http, "198.51.100." + stranger, "target-officer", "guess " + attempt);
                assertThat(reply.status()).isIn(401, 429);
                wrongPasswordsChecked += reply.status() == 401 ? 1 : 0;
            }
        }
        for (int attempt = 0; attempt < 12; attempt++) {
            GraphQlClient.Reply reply = signIn(http, "203.0.113.9", "target-officer", "persistent guess " + attempt);
            wrongPasswordsChecked += reply.status() == 401 ? 1 : 0;
        }
        assertThat(signIn(http, "203.0.113.9", "target-officer", StaffClient.NEW_PASSWORD).status())
                .as("a stranger who kept failing is held back, even with the right password").isEqualTo(429);

        GraphQlClient.Reply fromNewDevice = signIn(http, "192.0.2.77", "target-officer", StaffClient.NEW_PASSWORD);
        assertThat(fromNewDevice.status()).as("a new address is slowed down, never locked: its first try works")
                .isEqualTo(200);
        assertThat(fromNewDevice.body().path("failedSignInsSinceLastSignIn").asLong())
                .as("the member is told how many wrong passwords were tried").isEqualTo(wrongPasswordsChecked)
                .isGreaterThanOrEqualTo(25);
        GraphQlClient.Reply fromUsualAddress = signIn(http, USUAL, "target-officer", StaffClient.NEW_PASSWORD);
        assertThat(fromUsualAddress.status()).isEqualTo(200);
        assertThat(fromUsualAddress.body().path("failedSignInsSinceLastSignIn").asLong()).as("told once").isZero();
    }
}
