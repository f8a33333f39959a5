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
 * The whole portal on a random port for the tip and triage API tests: in-memory database without
 * sample warnings, a known first-administrator password, a low proof-of-work difficulty, every rate
 * limit out of the way (the abuse and sign-in tests have their own contexts), a clock the tests can
 * move ({@link MutableClock}, reset after each test by its users) and the ids of submitted tips
 * ({@link SubmittedTips}). GraphiQL is switched on for {@code GraphiQlTest} (it reads no tips and
 * writes nothing); {@code GraphiQlOffTest} shows the default in {@code StaffTestContext}.
 *
 * <p>Every class with exactly this annotation shares one running app (Spring caches the context),
 * so tests pick their own user names and never assume an empty database. A class that adds or
 * changes a property gets an app of its own, which costs seconds per class: prefer this one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lurewatch.embedded-mongo.in-memory=true",
        "lurewatch.seed.enabled=false",
        "lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD,
        "lurewatch.access.sign-in.client.free-failures=1000",
        "lurewatch.access.sign-in.client.lockout-after=1000",
        "lurewatch.abuse.proof-of-work.difficulty=8",
        "lurewatch.abuse.proof-of-work.flood-threshold=1000000", // bulk tests are no flood: the difficulty stays 8
        "lurewatch.abuse.limits.submission.burst.capacity=100000",
        "lurewatch.abuse.limits.submission.sustained.capacity=100000",
        "lurewatch.abuse.limits.receipt-lookup.burst.capacity=100000",
        "lurewatch.abuse.limits.receipt-lookup.sustained.capacity=100000",
        "lurewatch.abuse.limits.follow-up.burst.capacity=100000",
        "lurewatch.abuse.limits.follow-up.sustained.capacity=100000",
        "lurewatch.abuse.limits.public-read.burst.capacity=100000",
        "lurewatch.abuse.limits.public-read.sustained.capacity=100000",
        "spring.graphql.graphiql.enabled=true"})
@Import({PortalTest.Beans.class, QuickPasswords.class})
public @interface PortalTest {

    /** Imported, not detected: only the classes that ask for them get them. */
    class Beans {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        SubmittedTips submittedTips() {
            return new SubmittedTips();
        }
    }
}
