package org.lurewatch.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lurewatch.access.account.QuickPasswords;
import org.lurewatch.support.IntegrationTest;
import org.lurewatch.support.StaffClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on a random port with an in-memory database and no sample data (tests load
 * their own warnings with {@link WarningFixtures}), answering with the production web server's
 * security headers ({@link SiteHeaders}), so the browser enforces the real Content Security Policy;
 * {@link ServerFaults} lets a test make the API answer with an error.
 */
@IntegrationTest
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lurewatch.embedded-mongo.in-memory=true", "lurewatch.seed.enabled=false",
                // tips sent by the tests and the pages are solved in moments (ProofEstimateBrowserTest sets its own)
                "lurewatch.abuse.proof-of-work.difficulty=8",
                // the staff console's tests sign in as the first administrator (public pages never see it)
                "lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD,
                // ChromeDriver looks for DevTools bindings it is not given (backend/pom.xml says why)
                "logging.level.org.openqa.selenium.devtools=error"})
@Import({SiteHeaders.class, WarningFixtures.class, ServerFaults.class, QuickPasswords.class})
public @interface SiteTest {
}
