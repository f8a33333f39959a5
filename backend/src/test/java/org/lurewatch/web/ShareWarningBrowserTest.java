package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The warning page offers Share in every language at 360 px: the device's share sheet where it has
 * one (Web Share API), else the link copied with a note in the page's language.
 */
@BrowserTest
class ShareWarningBrowserTest {

    private static final Map<String, String> COPIED = Map.of(
            "en", "Link copied.", "zh", "链接已复制", "th", "คัดลอกลิงก์แล้ว", "vi", "Đã sao chép liên kết",
            "lo", "ສຳເນົາລິ້ງແລ້ວ", "km", "បានចម្លងតំណហើយ", "my", "လင့်ခ်ကို ကူးယူပြီးပါပြီ");
    private static final String SLUG = WarningSharePageTest.SLUG;
    private static final Map<Language, String> TITLES = WarningSharePageTest.TITLES;

    @Autowired
    WarningFixtures fixtures;

    @BeforeEach
    void warnings() {
        WarningSharePageTest.load(fixtures);
    }

    @Test
    void sharesFromThePageInEveryLanguageAtPhoneWidth(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        for (String lang : NoEnglishBrowserTest.LANGUAGES) {
            browser.open("/warning.html?slug=" + SLUG + "&lang=" + lang);
            browser.waitForText(By.id("w-title"), TITLES.get(Language.valueOf(lang)));
            assertThat(browser.js("return typeof navigator.share")).as("this Chromium has no share sheet").isEqualTo("undefined");
            browser.click(By.id("share"));
            browser.waitForText(By.id("share-status"), COPIED.get(lang));
            assertThat(browser.all(By.id("share-link"))).as("copied, so no field to copy from").isEmpty();
            assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= 360")).as(lang).isTrue();
        }

        // where the device has a share sheet, it gets the warning's address in the language shown
        browser.js("window.shared = null; navigator.share = (data) => { window.shared = data; return Promise.resolve(); };");
        browser.click(By.id("share"));
        browser.waitUntil(d -> browser.js("return window.shared && window.shared.url") != null);
        assertThat(browser.js("return window.shared.url")).isEqualTo(browser.url("/warning.html?slug=" + SLUG + "&content=my"));
        assertThat(browser.js("return window.shared.title")).isEqualTo(TITLES.get(Language.my));
        assertThat(browser.text(By.id("share-status"))).isEmpty();
    }
}
