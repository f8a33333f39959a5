package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** Reading and filtering the latest warnings, in English and in Thai. */
@BrowserTest
class HomePageBrowserTest {

    private static final By STATUS = By.id("status");
    private static final By TITLES = By.cssSelector("#warnings h3");

    @Autowired
    WarningFixtures fixtures;

    private static List<String> titles(Browser browser) {
        return browser.all(TITLES).stream().map(WebElement::getText).toList();
    }

    private static WebElement title(Browser browser, String text) {
        return browser.waitForText(TITLES, text);
    }

    @Test
    void readsAndFiltersWarningsInEnglishThenThai(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.mixed());
        browser.open("/");
        browser.waitForText(STATUS, "Showing 5 of 5 warnings");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.text(By.cssSelector(".main-nav"))).contains("Warnings", "Check an offer", "Report", "My report");
        assertThat(title(browser, SiteWarnings.CASINO_EN).getAttribute("lang")).isEqualTo("en");
        assertThat(title(browser, SiteWarnings.TRIP_LO).getAttribute("lang")).isEqualTo("lo");

        Select lure = new Select(browser.find(By.id("f-category")));
        assertThat(lure.getOptions()).extracting(WebElement::getText)
                .contains("All lures", "Job offers (3)", "Travel offers (1)", "Marriage offers (1)");
        Select country = new Select(browser.find(By.id("f-country")));
        assertThat(country.getOptions()).extracting(WebElement::getText).contains("Thailand (3)", "Viet Nam (1)", "Lao PDR (1)");

        lure.selectByValue("MARRIAGE_OFFER");
        browser.waitForText(STATUS, "Showing 1 of 1 warning");
        assertThat(titles(browser)).containsExactly(SiteWarnings.BRIDE_EN);

        browser.click(By.cssSelector("button[type=reset]"));
        browser.waitForText(STATUS, "Showing 5 of 5");
        browser.find(By.id("f-text")).sendKeys("casino", Keys.ENTER);
        browser.waitForText(STATUS, "Showing 1 of 1 warning");
        assertThat(titles(browser)).containsExactly(SiteWarnings.CASINO_EN);
        browser.click(By.cssSelector("button[type=reset]"));
        browser.waitForText(STATUS, "Showing 5 of 5");

        browser.click(By.cssSelector("#lang-list a[lang=th]"));
        browser.waitForText(STATUS, "แสดง 5 จาก 5 คำเตือน");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("th");
        assertThat(browser.text(By.cssSelector(".main-nav"))).contains("คำเตือน", "ตรวจสอบข้อเสนอ", "แจ้งเบาะแส");
        assertThat(browser.text(By.id("emergency-list"))).startsWith("ไทย: 191 ตำรวจ");
        WebElement thai = title(browser, SiteWarnings.CASINO_TH);
        assertThat(thai.getAttribute("lang")).isEqualTo("th");
        assertThat(title(browser, SiteWarnings.BRIDE_EN).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find(By.cssSelector("#lang-list a[aria-current=true]")).getAttribute("lang")).isEqualTo("th");

        country = new Select(browser.find(By.id("f-country")));
        assertThat(country.getOptions()).extracting(WebElement::getText).contains("ทุกประเทศ", "ไทย (3)", "ลาว (1)");
        country.selectByValue("TH");
        browser.waitForText(STATUS, "แสดง 3 จาก 3 คำเตือน");
        assertThat(titles(browser)).contains(SiteWarnings.CASINO_TH);

        // the choice is remembered without cookies: a fresh visit of / is in Thai
        assertThat(browser.driver().getCurrentUrl()).contains("lang=th");
        browser.open("/");
        browser.waitForText(STATUS, "แสดง 5 จาก 5 คำเตือน");
        assertThat(browser.cookies()).isEmpty();
        assertThat(browser.js("return document.cookie")).isEqualTo("");
    }

    /** The page's requests to the API: "GET" for one by hash, "POST" for one with a body. */
    @SuppressWarnings("unchecked")
    private static List<String> apiRequests(Browser browser) {
        return ((List<Object>) browser.js("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(n => n.includes('/graphql'))"
                + ".map(n => n.includes('/graphql?extensions=') ? 'GET' : 'POST')")).stream().map(String::valueOf).toList();
    }

    @Test
    void theLatestWarningsComeByACacheableGetOnceTheServerKnowsTheQuery(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.mixed());
        browser.open("/");
        browser.waitForText(STATUS, "Showing 5 of 5 warnings");
        // the first reader after a start teaches the server the query (GET, unknown; then POST)
        browser.open("/");
        browser.waitForText(STATUS, "Showing 5 of 5 warnings");
        assertThat(apiRequests(browser)).containsExactly("GET");
        browser.find(By.id("f-text")).sendKeys("casino", Keys.ENTER);
        browser.waitForText(STATUS, "Showing 1 of 1 warning");
        assertThat(apiRequests(browser)).as("typed text is never put in a URL").containsExactly("GET", "POST");
    }

    @Test
    @AcceptLanguage("vi-VN,vi,en")
    void startsInTheBrowsersLanguage(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.mixed());
        browser.open("/");
        browser.waitForText(STATUS, "Đang hiển thị 5 trên 5 cảnh báo");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("vi");
        assertThat(browser.driver().getTitle()).contains("cảnh báo");
        assertThat(title(browser, "Môi giới hôn nhân hứa chồng giàu").getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.text(By.id("emergency-list"))).startsWith("Việt Nam: 113 cảnh sát · 111");
    }

    @Test
    void pagesWithMoreAndMovesFocusToTheNewWarnings(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.many(23));
        browser.open("/");
        browser.waitForText(STATUS, "Showing 10 of 23 warnings");
        WebElement more = browser.find(By.id("more"));
        browser.click(more);
        browser.waitForText(STATUS, "Showing 20 of 23 warnings");
        assertThat(browser.js("return document.activeElement.textContent")).isEqualTo("Job warning 13");
        browser.click(more);
        browser.waitForText(STATUS, "Showing 23 of 23 warnings");
        assertThat(titles(browser)).hasSize(23).doesNotHaveDuplicates();
        assertThat(more.isDisplayed()).isFalse();
    }

    @Test
    void worksByKeyboardFromTheSkipLink(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.mixed());
        browser.open("/");
        browser.waitForText(STATUS, "Showing 5 of 5");
        browser.find(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getRect().getY()).isGreaterThanOrEqualTo(0);
        assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("main");
        browser.find(By.id("f-category")).sendKeys(Keys.TAB);
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("f-country");
    }

    @Test
    void fitsA320PixelScreenInEveryLanguage(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.mixed());
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(320, 700));
        for (String lang : List.of("en", "zh", "th", "vi", "lo", "km", "my")) {
            browser.open("/?lang=" + lang);
            browser.waitUntil(d -> !browser.all(TITLES).isEmpty());
            assertThat(browser.js("return window.innerWidth")).isEqualTo(320L);
            assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no sideways scrolling at 320 px in %s", lang).isTrue();
        }
    }
}
