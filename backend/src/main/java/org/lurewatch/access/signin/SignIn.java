package org.lurewatch.access.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.lurewatch.abuse.RateLimitedException;
import org.lurewatch.access.account.Passwords;
import org.lurewatch.access.account.StaffAccounts;
import org.lurewatch.access.account.StaffUser;
import org.lurewatch.access.account.Usernames;
import org.lurewatch.access.settings.AccessProperties;
import org.springframework.stereotype.Service;

/**
 * Checks a user name and password, throttled. Unknown user names, wrong passwords and disabled
 * accounts get the same answer after the same work (an unknown name is compared against a dummy
 * hash), so neither the answer nor its timing tells which user names exist.
 */
@Service
public class SignIn {

    /** Longer input is refused without hashing it (hashing cost must not be the attacker's choice). */
    private static final int MAX_PASSWORD_CHARS = 1024;

    private final StaffAccounts accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Clock clock;

    public SignIn(StaffAccounts accounts, Passwords passwords, AccessProperties properties, Clock clock,
            org.springframework.beans.factory.ObjectProvider<org.lurewatch.cluster.SharedRedis> redis) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        AccessProperties.SignIn limits = properties.signIn();
        org.lurewatch.cluster.SharedRedis shared = redis.getIfAvailable();
        this.throttle = new LoginThrottle(limits.account(), limits.client(), limits.userName(), limits.maxTracked(),
                shared == null ? null : lifetimes -> new RedisThrottleState(shared));
    }

    /**
     * A signed-in account, and how many wrong passwords were given for it since its previous sign-in
     * (to tell its owner: someone may be guessing).
     */
    public record SignedIn(StaffUser user, long failedAttemptsSinceLastSignIn) {
    }

    /**
     * @param clientKey the abuse module's key of the client (salted hash of its real address), or null
     * @return the signed-in account
     * @throws SignInRefusedException  for any wrong combination
     * @throws RateLimitedException   when this user name from this client, or this client, must wait
     */
    public SignedIn signIn(String username, String password, String clientKey) {
        StaffUser user = verify(username, password, clientKey);
        long failed = accounts.takeFailedSignIns(user);
        return new SignedIn(accounts.signedIn(user, password), failed);
    }

    /** Checks the password of a signed-in user again (before it is changed), throttled alike. */
    public void confirm(StaffUser user, String password) {
        verify(user.username(), password, null);
    }

    private StaffUser verify(String username, String password, String clientKey) {
        String accountKey = Usernames.fold(username);
        Optional<Duration> wait = throttle.attempt(accountKey, clientKey, clock.instant());
        if (wait.isPresent()) {
            throw new RateLimitedException("Too many failed sign-ins.", wait.get());
        }
        boolean usable = password != null && password.length() <= MAX_PASSWORD_CHARS;
        Optional<StaffUser> user = accountKey.isEmpty() ? Optional.empty() : accounts.byUsername(accountKey);
        boolean ok = user.isPresent() && usable
                ? passwords.matches(password, user.get().passwordHash())
                : passwords.matchNothing(usable ? password : "");
        if (!ok && user.isPresent()) {
            accounts.failedSignIn(user.get());
        }
        if (!ok || !user.get().enabled()) {
            throw new SignInRefusedException();
        }
        throttle.succeeded(accountKey, clientKey);
        return user.get();
    }
}
