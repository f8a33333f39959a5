package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The browser checks would pass vacuously if the CSP were not enforced or the console not read; and
 * the tests share one Chromium, so what one test leaves in the browser must not reach the next.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserHarnessTest {

    private static final String LEFT_BEHIND = """
            const caches = await window.caches.keys();
            const workers = await navigator.serviceWorker.getRegistrations();
            return [document.cookie, localStorage.length, sessionStorage.length, caches.length, workers.length, history.length];
            """;

    @Test
    @Order(1)
    void inlineScriptIsRefusedAndTheViolationIsSeen(Browser browser) {
        browser.open("/test-only/inline-script.html");
        assertThat(browser.text(By.id("p"))).isEqualTo("before");
        assertThat(browser.consoleProblems()).anySatisfy(line -> assertThat(line).contains("Content Security Policy"));
        browser.expectConsoleError("Content Security Policy");
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void aTestLeavesACookieStorageAServiceWorkerAndHistory(Browser browser) {
        browser.open("/check.html?lang=en");
        browser.waitUntil(d -> (Boolean) browser.js("return navigator.serviceWorker.controller !== null"));
        browser.open("/?lang=en");
        assertThat(browser.js("return navigator.serviceWorker.controller")).as("controlled from the start").isNotNull();
        browser.js("document.cookie = 'left=behind; path=/; max-age=3600';"
                + " localStorage.setItem('left', 'behind'); sessionStorage.setItem('left', 'behind');");
        assertThat((List<Object>) browser.js(LEFT_BEHIND)).containsExactly("left=behind", 1L, 1L, 1L, 1L, 3L);
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void theNextTestFindsNoneOfIt(Browser browser) {
        browser.open("/weather.html"); // the site's origin, on a page that registers no worker
        assertThat((List<Object>) browser.js(LEFT_BEHIND)).as("cookie, storage, caches, workers, history")
                .containsExactly("", 0L, 0L, 0L, 0L, 2L);
        assertThat(browser.cookies()).isEmpty();
    }
}
