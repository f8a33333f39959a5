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
 * The whole portal on a random port as the public and NGOs use it, for the warning, feed, offer
 * check and statistics API tests: in-memory database without sample warnings (tests load their
 * own), the default read limits, a low proof-of-work difficulty with room for a few dozen
 * tips, the catalogue polling the database every 200 ms (for {@code CatalogueRefreshTest}: changes
 * made by another instance), and a clock the tests can move ({@link MutableClock}, reset after each test by its users).
 * Every class with exactly this annotation shares one running app.
 *
 * <p>Kept apart from {@link PortalTest}: the tip and triage tests read the whole database back to
 * prove that nothing of a tipster is in it in clear or dated finer than the hour, and the warnings
 * and publication log written here would be in that dump.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lurewatch.embedded-mongo.in-memory=true", "lurewatch.seed.enabled=false",
        "lurewatch.abuse.proof-of-work.difficulty=4",
        "lurewatch.abuse.limits.submission.burst.capacity=1000",
        "lurewatch.abuse.limits.submission.sustained.capacity=1000",
        "lurewatch.catalogue.poll-interval=200ms"})
@Import({PublicApiTest.Beans.class, QuickPasswords.class})
public @interface PublicApiTest {

    /** Imported, not detected: only the classes that ask for it get it. */
    class Beans {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
