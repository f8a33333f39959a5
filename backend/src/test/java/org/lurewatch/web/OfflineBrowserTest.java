package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Offline: what was read stays readable (with the date of the copy), and a report written without
 * a connection is kept on the device until it is sent, then gone. "Offline" is the server answering
 * 503 to everything ({@link ServerFaults#down()}): the browser sees no usable network either way.
 */
@BrowserTest
class OfflineBrowserTest {

    private static final String PENDING = "return localStorage.getItem('lurewatch.pendingReport')";

    @Autowired
    WarningFixtures fixtures;

    @Autowired
    ServerFaults server;

    @BeforeEach
    void warnings() {
        fixtures.replaceAllWith(SiteWarnings.mixed());
    }

    /** Waits until the service worker controls the page and has kept every path given. */
    private static void waitUntilKept(Browser browser, String... paths) {
        browser.waitUntil(d -> (Boolean) browser.js("""
                if (!navigator.serviceWorker.controller) return false;
                const cache = await caches.open('lurewatch-v1');
                const kept = (await cache.keys()).map((r) => new URL(r.url).pathname);
                return arguments[0].every((p) => kept.includes(p));
                """, (Object) paths));
    }

    @Test
    void aWarningReadOnceStaysReadableOfflineWithTheDateOfTheCopy(Browser browser) {
        browser.open("/warning.html?slug=casino-typing-jobs&lang=km");
        browser.waitForText(By.cssSelector("#warning h1"), SiteWarnings.CASINO_EN);
        waitUntilKept(browser, "/warning.html");
        // a server that has just started learns the query by POST first (api.js): read it again by GET
        browser.open("/warning.html?slug=casino-typing-jobs&lang=km");
        browser.waitForText(By.cssSelector("#warning h1"), SiteWarnings.CASINO_EN);
        waitUntilKept(browser, "/warning.html", "/graphql", "/css/site.css", "/js/warning.js", "/check.html", "/js/check.js");

        browser.expectConsoleError("status of 503");
        try (ServerFaults.Handle ignored = server.down()) {
            browser.open("/warning.html?slug=casino-typing-jobs&lang=km");
            browser.waitForText(By.cssSelector("#warning h1"), SiteWarnings.CASINO_EN);
            assertThat(browser.text(By.cssSelector("#warning"))).contains("Interview by chat only");
            assertThat(browser.waitForText(By.id("saved-copy"), "ច្បាប់ចម្លងដែលបានរក្សាទុកនៅ").getText()).doesNotContainPattern("[A-Za-z]{2,}(?<!LureWatch)\\b(?!Watch)");

            browser.open("/check.html?lang=km");
            assertThat(browser.find(By.id("offer")).isDisplayed()).as("the check page opens offline").isTrue();
        }
    }

    @Test
    void aReportWrittenOfflineIsKeptUntilSentAndGoneAfter(Browser browser) {
        browser.open("/report.html?lang=en");
        waitUntilKept(browser, "/report.html", "/js/report.js", "/js/pow-worker.js");
        assertThat(browser.text(By.id("tip-form"))).contains("kept on this device only until it is sent");

        browser.expectConsoleError("status of 503");
        try (ServerFaults.Handle ignored = server.down()) {
            browser.open("/report.html?lang=en");
            browser.js(ProofOfWorkBrowserTest.FILL, "Written on the bus, without a signal.");
            browser.click(By.id("tip-submit"));
            browser.waitForText(By.id("form-error"), "Not sent: there is no connection");
            assertThat((String) browser.js(PENDING)).contains("Written on the bus");

            browser.open("/report.html?lang=en");
            browser.waitForText(By.id("form-error"), "Your unsent report was kept on this device");
            assertThat(browser.find(By.id("story")).getAttribute("value")).isEqualTo("Written on the bus, without a signal.");
        }
        browser.click(By.id("tip-submit"));
        assertThat(browser.waitForText(By.id("receipt"), " ").getText()).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
        assertThat(browser.js(PENDING)).as("nothing stays after sending").isNull();

        try (ServerFaults.Handle ignored = server.down()) {
            browser.open("/report.html?lang=en");
            browser.js(ProofOfWorkBrowserTest.FILL, "Another one, never sent.");
            browser.click(By.id("tip-submit"));
            browser.waitForText(By.id("form-error"), "Not sent");
            assertThat(browser.js(PENDING)).isNotNull();
            browser.click(By.id("quick-exit"));
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/weather.html"));
        }
        assertThat(browser.js(PENDING)).as("nothing stays after the quick exit").isNull();
    }
}
