package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The browser checks would pass vacuously if the CSP were not enforced or the console not read. */
@BrowserTest
class BrowserHarnessTest {

    @Test
    void inlineScriptIsRefusedAndTheViolationIsSeen(Browser browser) {
        browser.open("/test-only/inline-script.html");
        assertThat(browser.text(By.id("p"))).isEqualTo("before");
        assertThat(browser.consoleProblems()).anySatisfy(line -> assertThat(line).contains("Content Security Policy"));
        browser.expectConsoleError("Content Security Policy");
    }
}
