package org.lurewatch.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lurewatch.access.account.QuickPasswords;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole portal with small allowances, for the tests whose point is a limit: tips, receipt
 * look-ups and public reads per client ({@code AbuseLimitsApiTest}), API key quotas
 * ({@code ApiKeyQuotaTest}, {@code ApiKeyHolderTest}) and the sign-in lockout seen through a proxy
 * ({@code SignInLockoutTest}) and the sign-in throttle ({@code SignInThrottleTest}: a lockout after three
 * failures of a name from one client, after thirteen of a client), a known first-administrator
 * password, and a clock the tests can move ({@link MutableClock}, reset after each test by its users).
 *
 * <p>127.0.0.1 (the plain test client), 127.0.0.42 and 10.0.0.0/8 are trusted proxies, so a test
 * names its client in X-Forwarded-For or binds its socket to a loopback address of its own
 * ({@link LoopbackHttp}): every allowance here is per client, and each test is its own client so that
 * the classes sharing this app never spend each other's. The sign-in tests fail sign-ins only from
 * addresses of their own: a lockout of 127.0.0.1 would keep every other test's staff out.
 *
 * <p>The sample warnings of a fresh install are loaded, and no test here writes a warning:
 * {@code SampleWarningsTest} checks them as they come.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lurewatch.embedded-mongo.in-memory=true",
        "lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD,
        "lurewatch.access.sign-in.account.free-failures=2",
        "lurewatch.access.sign-in.account.lockout-after=3",
        "lurewatch.access.sign-in.client.free-failures=12",
        "lurewatch.access.sign-in.client.lockout-after=13",
        "lurewatch.abuse.trusted-proxies=127.0.0.1, 127.0.0.42, 10.0.0.0/8",
        "lurewatch.abuse.proof-of-work.difficulty=4",
        "lurewatch.abuse.limits.submission.burst.capacity=2",
        "lurewatch.abuse.limits.submission.burst.period=1h",
        "lurewatch.abuse.limits.receipt-lookup.burst.capacity=5",
        "lurewatch.abuse.limits.receipt-lookup.burst.period=1h",
        "lurewatch.abuse.limits.public-read.burst.capacity=" + LimitsTest.PUBLIC_READS,
        "lurewatch.abuse.limits.public-read.burst.period=1h"})
@Import({LimitsTest.Beans.class, QuickPasswords.class})
public @interface LimitsTest {

    /** Public reads (GraphQL, feeds, cards) a client without an API key may make in an hour. */
    int PUBLIC_READS = 40;

    /** Imported, not detected: only the classes that ask for it get it. */
    class Beans {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
