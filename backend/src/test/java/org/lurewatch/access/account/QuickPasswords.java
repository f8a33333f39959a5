package org.lurewatch.access.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Argon2id with the least work it accepts (1 MiB, one pass) for the shared test apps, which create
 * and sign in staff hundreds of times: with the portal's parameters, hashing took more than half of
 * a staff browser test's CPU. Hashing, verifying, rehashing and the unknown-user path stay the real
 * code; the portal's parameters are held by {@link PasswordsTest} and run in every app that does
 * not import this (first administrator, disk full, two instances, durability). A plain class, imported
 * and never detected: a portal those tests start from the test classpath must not scan it in.
 */
public class QuickPasswords {

    @Bean
    @Primary
    Passwords quickPasswords() {
        return new Passwords(1024, 1);
    }
}
