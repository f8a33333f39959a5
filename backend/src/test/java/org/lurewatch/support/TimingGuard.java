package org.lurewatch.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A test that asserts how fast production code runs. The unit phase's JVMs compile with C1 only
 * (they mostly start portals, where C2's compiling costs more than it saves), which would make such
 * a bound measure the test setup rather than the code; these tests run in the surefire execution
 * {@code timing} of the same phase, in one JVM with the full JIT (backend/pom.xml).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@Tag(TimingGuard.TAG)
public @interface TimingGuard {

    String TAG = "timing";
}
