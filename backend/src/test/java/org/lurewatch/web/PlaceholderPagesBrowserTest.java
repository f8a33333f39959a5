package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Check an offer, Report and My report carry the shared chrome (title, menu, emergency numbers) in the chosen language. */
@BrowserTest
class PlaceholderPagesBrowserTest {

    @Test
    void placeholderPagesCarryTheChromeInTheChosenLanguage(Browser browser) {
        Map<String, String> pages = Map.of("/check.html", "Check an offer", "/report.html", "Report", "/my-report.html", "My report");
        pages.forEach((path, title) -> {
            browser.open(path);
            browser.waitForText(By.id("emergency-list"), "191");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
            assertThat(browser.driver().getTitle()).isEqualTo(title + " — LureWatch");
            assertThat(browser.find(By.cssSelector(".main-nav a[aria-current=page]")).getText()).isEqualTo(title);
            assertThat(browser.text(By.id("emergency-list"))).contains(
                    "Thailand: 191 police · 1300 social assistance hotline",
                    "Viet Nam: 113 police · 111 child helpline",
                    "Cambodia: 117 police · 1288 anti-trafficking police hotline",
                    "Lao PDR: 1191 police · 1362 women and children hotline",
                    "Myanmar: 199 police", "China: 110 police");
            assertThat(browser.text(By.cssSelector(".emergency"))).contains("national police / government hotlines");
        });
        assertThat(browser.find(By.cssSelector("#emergency-list a")).getAttribute("href")).startsWith("tel:");

        browser.open("/report.html?lang=km");
        browser.waitForText(By.tagName("h1"), "រាយការណ៍");
        assertThat(browser.text(By.cssSelector("legend"))).startsWith("1. ការផ្តល់ជូនប្រភេទអ្វី");
        assertThat(browser.text(By.id("emergency-list"))).startsWith("កម្ពុជា: 117 ប៉ូលិស");
        assertThat(browser.cookies()).isEmpty();
    }
}
