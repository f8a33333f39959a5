package org.lurewatch.access.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lurewatch.access.settings.AccessProperties.Limits;
import org.lurewatch.access.settings.AccessProperties.UserNameLimits;

class LoginThrottleTest {

    private static final Limits ACCOUNT = new Limits(3, 10, Duration.ofMinutes(15));
    private static final Limits CLIENT = new Limits(10, 15, Duration.ofMinutes(15));

    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private static final UserNameLimits NAME = new UserNameLimits(10, Duration.ofSeconds(10), Duration.ofMinutes(15));
    private final LoginThrottle throttle = new LoginThrottle(ACCOUNT, CLIENT, NAME, 1000);

    private Optional<Duration> attempt(String account, String client) {
        return throttle.attempt(account, client, now);
    }

    @Test
    void failuresAreFreeThenSlowDownThenLockOut() {
        for (int i = 0; i < 3; i++) {
            assertThat(attempt("alice", "c1")).isEmpty();
        }
        assertThat(attempt("alice", "c1")).as("4th attempt is charged, no wait before it").isEmpty();
        assertThat(attempt("alice", "c1")).contains(Duration.ofSeconds(2));
        now = now.plusSeconds(2);
        assertThat(attempt("alice", "c1")).isEmpty();
        assertThat(attempt("alice", "c1")).contains(Duration.ofSeconds(4));
        for (int failures = 6; failures <= 10; failures++) {
            now = now.plus(LoginThrottle.delayAfter(failures - 1, ACCOUNT));
            assertThat(attempt("alice", "c1")).as("failure %d", failures).isEmpty();
        }
        now = now.plusSeconds(1);
        assertThat(attempt("alice", "c1")).as("locked out").hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofMinutes(14)));
        assertThat(attempt("bob", "c1")).as("another account from the same client is not locked").isEmpty();
        now = now.plus(Duration.ofMinutes(15));
        assertThat(attempt("alice", "c1")).as("forgotten after the lockout").isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountAndGivesTheClientItsChargeBack() {
        for (int i = 0; i < 3; i++) {
            attempt("alice", "c1");
        }
        attempt("alice", "c1");
        throttle.succeeded("alice", "c1");
        assertThat(attempt("alice", "c1")).isEmpty();
        assertThat(attempt("alice", "c1")).isEmpty();
    }

    @Test
    void aClientTryingManyNamesIsLockedOutToo() {
        for (int i = 0; i < 15; i++) {
            now = now.plus(LoginThrottle.delayAfter(i, CLIENT));
            assertThat(attempt("user" + i, "c9")).as("name %d", i).isEmpty();
        }
        now = now.plusSeconds(1);
        assertThat(attempt("fresh-name", "c9")).isPresent();
        assertThat(attempt("fresh-name", "another-client")).isEmpty();
    }

    @Test
    void parallelGuessesAreChargedBeforeTheyAreChecked() {
        for (int i = 0; i < 4; i++) {
            assertThat(attempt("alice", "c1")).isEmpty();
        }
        assertThat(attempt("alice", "c1")).as("the 5th in the same instant must wait").isPresent();
    }

    /** One charged failure, waiting as long as the throttle asks first (as a patient attacker would). */
    private void failPatiently(String account, String client) {
        for (Optional<Duration> wait = attempt(account, client); wait.isPresent(); wait = attempt(account, client)) {
            now = now.plus(wait.get());
        }
    }

    /** Issue 22, finding 10: failures from many addresses lock out those addresses, never the member. */
    @Test
    void strangersFailingFromManyAddressesCannotLockTheMemberOut() {
        assertThat(attempt("alice", "alices-laptop")).isEmpty();
        throttle.succeeded("alice", "alices-laptop");
        for (int i = 0; i < 200; i++) {
            failPatiently("alice", "stranger-" + (i % 20)); // 10 each: every stranger locks itself out
        }
        assertThat(attempt("alice", "stranger-3")).as("the stranger is locked out").hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofMinutes(14)));
        assertThat(attempt("alice", "alices-laptop")).as("the member's own client is not").isEmpty();
    }

    @Test
    void aNameUnderAttackSlowsDownUnknownClientsWithoutLockingThem() {
        for (int i = 0; i < 10; i++) {
            attempt("alice", "stranger-" + i);
        }
        assertThat(attempt("alice", "new-phone")).as("any client's first attempt goes through").isEmpty();
        assertThat(attempt("alice", "new-phone")).as("then it waits, a little")
                .contains(Duration.ofSeconds(10));
        now = now.plusSeconds(10);
        assertThat(attempt("alice", "new-phone")).isEmpty();
        throttle.succeeded("alice", "new-phone");
        assertThat(attempt("alice", "new-phone")).as("a client the member signed in from is not slowed").isEmpty();
        assertThat(attempt("alice", "new-phone")).isEmpty();
        assertThat(attempt("bob", "stranger-11")).as("other names are not slowed").isEmpty();
        assertThat(attempt("bob", "stranger-11")).isEmpty();
    }

    @Test
    void theWaitDoublesAndIsCapped() {
        assertThat(LoginThrottle.delayAfter(3, ACCOUNT)).isZero();
        assertThat(LoginThrottle.delayAfter(4, ACCOUNT)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delayAfter(9, ACCOUNT)).isEqualTo(Duration.ofSeconds(64));
        assertThat(LoginThrottle.delayAfter(10, ACCOUNT)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.delayAfter(1000, new Limits(3, 2000, Duration.ofMinutes(15)))).isEqualTo(Duration.ofMinutes(15));
    }
}
