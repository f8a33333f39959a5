package org.lurewatch.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lurewatch.access.account.QuickPasswords;
import org.lurewatch.support.StaffClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application with a known first-administrator password, on a throw-away database. Every test
 * class using it shares one running app (Spring caches the context), so tests pick their own user
 * names. The per-client sign-in limit is lifted here (all tests come from 127.0.0.1);
 * {@code SignInThrottleTest} checks it with its own limits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lurewatch.embedded-mongo.in-memory=true",
        "lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD,
        "lurewatch.access.sign-in.client.free-failures=1000",
        "lurewatch.access.sign-in.client.lockout-after=1000",
        // SocketRevocationTest waits out a few periodic socket checks: 2 s each by default
        "lurewatch.access.sockets.check-interval=100ms"})
@Import(QuickPasswords.class)
public @interface StaffTestContext {
}
