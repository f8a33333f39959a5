package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * Honest progress while a person waits for the proof: an estimate in seconds from the hash rate
 * this device has shown, not a percentage. A difficulty high enough that the person waits: at 24
 * bits (a median of ~25 s here) a nonce found in the half second before the first estimate sent
 * the tip at once and failed the test about one run in seventy; at 28 (~7 minutes), one in a thousand.
 */
@BrowserTest
@TestPropertySource(properties = "lurewatch.abuse.proof-of-work.difficulty=28")
class ProofEstimateBrowserTest {

    @Test
    void aPersonWhoSendsEarlyIsToldAboutHowLongItTakesOnThisDevice(Browser browser) {
        browser.open("/report.html?lang=en");
        browser.js(ProofOfWorkBrowserTest.FILL, "A recruiter kept my passport.");
        browser.click(By.id("tip-submit"));
        String status = browser.waitForText(By.id("status"), "more seconds on this device").getText();
        Matcher seconds = Pattern.compile("usually about ([\\d,]+) more seconds").matcher(status);
        assertThat(seconds.find()).as(status).isTrue();
        assertThat(Integer.parseInt(seconds.group(1).replace(",", ""))).isBetween(1, 3600);
        assertThat(status).doesNotContain("%");
        assertThat(browser.find(By.id("pow-progress")).isDisplayed()).isTrue();
        assertThat(browser.js("return document.getElementById('pow-progress').position")).as("indeterminate").isEqualTo(-1L);
        assertThat(browser.find(By.id("tip-submit")).isEnabled()).isFalse();
    }
}
