package org.lurewatch.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@link SiteTest} driven in Debian's headless Chromium: test methods take a {@link Browser}
 * parameter. Skipped with a message where Chromium is not installed, failed instead when
 * {@code CI=true}. After each test, any console error or CSP violation fails it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SiteTest
@ExtendWith(Chromium.class)
public @interface BrowserTest {
}
