package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** One warning in full: its parts, its languages, and a body that is inserted safely. */
@BrowserTest
class WarningPageBrowserTest {

    private static final By H1 = By.cssSelector("#warning h1");

    @Autowired
    WarningFixtures fixtures;

    @BeforeEach
    void warnings() {
        fixtures.replaceAllWith(SiteWarnings.mixed());
    }

    @Test
    void opensFromTheListAndSwitchesTheTextLanguageOnly(Browser browser) {
        browser.open("/");
        browser.click(browser.waitForText(By.cssSelector("#warnings h3 a"), SiteWarnings.CASINO_EN));
        browser.waitForText(H1, SiteWarnings.CASINO_EN);
        assertThat(browser.driver().getCurrentUrl()).contains("/warning.html?slug=casino-typing-jobs");
        assertThat(browser.driver().getTitle()).isEqualTo(SiteWarnings.CASINO_EN + " — LureWatch");
        assertThat(browser.find(H1).getAttribute("lang")).isEqualTo("en");

        String page = browser.text(By.id("warning"));
        assertThat(page).contains("High danger", "Job offers", "Cambodia, Thailand", "Shown in: English",
                "Red flags", "High pay for no experience", "Interview by chat only",
                "Numbers, websites and names used", "Do not contact them",
                "Phone +66800001234", "Website golden-jobs.example",
                "Sources", "FBI PSA", "Published", "Updated");
        assertThat(browser.find(By.cssSelector(".sources a")).getAttribute("href")).isEqualTo("https://www.ic3.gov/PSA");
        assertThat(browser.find(By.cssSelector(".sources a")).getAttribute("rel")).contains("nofollow", "noopener");
        assertThat(browser.all(By.cssSelector(".sources a"))).hasSize(1); // the javascript: source stays plain text
        assertThat(browser.all(By.cssSelector(".languages a"))).extracting(WebElement::getText).containsExactly("English", "ไทย");

        browser.click(By.cssSelector(".languages a[lang=th]"));
        browser.waitForText(H1, SiteWarnings.CASINO_TH);
        assertThat(browser.find(H1).getAttribute("lang")).isEqualTo("th");
        assertThat(browser.find(By.cssSelector(".flags")).getAttribute("lang")).isEqualTo("th");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("w-title");
        assertThat(browser.text(By.cssSelector(".languages"))).contains("Shown in: Thai");
        assertThat(browser.text(By.cssSelector(".main-nav"))).contains("Warnings"); // interface stays English
        assertThat(browser.driver().getCurrentUrl()).contains("content=th");
        assertThat(browser.cookies()).isEmpty();
    }

    @Test
    void showsTheBodyWithItsAllowedMarkup(Browser browser) {
        browser.open("/warning.html?slug=casino-typing-jobs");
        browser.waitForText(H1, SiteWarnings.CASINO_EN);
        WebElement body = browser.find(By.cssSelector("#warning .body"));
        assertThat(body.getAttribute("lang")).isEqualTo("en");
        assertThat(body.findElements(By.cssSelector("strong, em, ul li"))).hasSize(4);
        assertThat(body.findElement(By.tagName("a")).getAttribute("rel")).isEqualTo("nofollow noopener noreferrer");
    }

    @Test
    void keepsOnlyTheAllowedPartsOfAHostileBody(Browser browser) {
        fixtures.replaceAllWith(List.of(SiteWarnings.hostileBody()));
        browser.expectConsoleError("safe-html\\.js .*(inline event handler|inline style) violates the following Content Security Policy");
        browser.open("/warning.html?slug=hostile-body");
        browser.waitForText(H1, "A body with markup it may not keep");
        WebElement body = browser.find(By.cssSelector("#warning .body"));
        assertThat(body.getText()).contains("Never pay a fee.", "Do not click here; read the FBI notice.", "Keep your passport", "Tell a friend");
        List<String> tags = body.findElements(By.cssSelector("*")).stream().map(WebElement::getTagName).distinct().toList();
        assertThat(tags).containsOnly("p", "strong", "em", "a", "ul", "li");
        assertThat(browser.js("return arguments[0].querySelectorAll('[onclick],[onmouseover],[style],[target]').length", body)).isEqualTo(0L);
        List<WebElement> links = body.findElements(By.tagName("a"));
        assertThat(links.get(0).getAttribute("href")).isNull(); // javascript: dropped
        assertThat(links.get(1).getAttribute("href")).isEqualTo("https://www.ic3.gov/PSA");
        assertThat(links.get(1).getAttribute("rel")).isEqualTo("nofollow noopener noreferrer");
        browser.click(links.get(0));
        assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver().getCurrentUrl()).contains("slug=hostile-body");
    }

    @Test
    void saysWhenTheTextIsInAnotherLanguage(Browser browser) {
        browser.open("/warning.html?slug=free-trip-lao");
        browser.waitForText(H1, SiteWarnings.TRIP_LO);
        assertThat(browser.find(H1).getAttribute("lang")).isEqualTo("lo");
        assertThat(browser.text(By.cssSelector(".languages"))).contains("Shown in: Lao", "Not yet written in English. Shown in Lao.");
        assertThat(browser.text(By.cssSelector("#warning .meta"))).contains("Medium danger", "Travel offers", "Lao PDR");
    }

    @Test
    void followsTheInterfaceLanguageAndSaysSoWhenAWarningIsMissing(Browser browser) {
        browser.open("/warning.html?slug=bride-broker&lang=zh");
        browser.waitForText(H1, "婚姻中介承诺嫁给有钱人");
        assertThat(browser.text(By.cssSelector(".languages"))).contains("显示语言：中文");
        browser.click(By.cssSelector("#lang-list a[lang=en]"));
        browser.waitForText(H1, SiteWarnings.BRIDE_EN);

        browser.open("/warning.html?slug=no-such-warning");
        browser.waitForText(H1, "This warning does not exist or is no longer published.");
        assertThat(browser.text(By.cssSelector(".back a"))).isEqualTo("All warnings");
    }
}
