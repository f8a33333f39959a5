package org.lurewatch.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Runs in the integration phase of {@code mvn verify} (after the unit and API tests, in its own
 * surefire execution): tests that drive a browser, start or kill their own portal, or fill a disk.
 * They take most of the suite's time, so keeping them apart lets {@code mvn test} answer quickly
 * and lets each phase be tuned on its own (backend/pom.xml, backend/GUIDE.md "Tests").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {

    String TAG = "integration";
}
