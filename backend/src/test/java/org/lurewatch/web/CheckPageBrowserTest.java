package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Check an offer: a pasted scam ad is HIGH with its red flags, and the text stays out of URL and storage. */
@BrowserTest
class CheckPageBrowserTest {

    static final String SCAM_AD = """
            URGENT! Customer service staff wanted in Bangkok. No experience needed, salary 45,000 baht per month.
            Free flight tickets and free accommodation. Interview by chat only, add LINE ID: goldenjob888.
            We keep your passport safe. Contact +66 81 234 5678 today, travel with a tourist visa.""";

    private static final By RISK = By.id("r-risk");

    @Autowired
    WarningFixtures fixtures;

    @Test
    void aScamAdIsHighWithRedFlagsInEnglish(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.mixed());
        browser.open("/check.html?lang=en");
        WebElement box = browser.find(By.id("offer"));
        assertThat(box.getAttribute("autocomplete")).isEqualTo("off");
        assertThat(box.getAttribute("maxlength")).isEqualTo("10000");
        assertThat(browser.text(By.cssSelector("label[for=offer]"))).contains("10,000");
        box.sendKeys("URGENT! No experience needed");
        browser.waitForText(By.id("offer-count"), "28 of 10,000 characters");
        browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", box, SCAM_AD + " Or call +66 80 000 1234.");
        browser.click(By.id("check-submit"));
        browser.waitForText(RISK, "High risk");
        assertThat(browser.all(By.cssSelector(".red-flags > li"))).isNotEmpty();
        assertThat(browser.all(By.cssSelector(".red-flags mark"))).isNotEmpty();
        String result = browser.text(By.id("result"));
        assertThat(result).contains("Red flags", "What to do", "+66812345678").doesNotContainIgnoringCase("safe ");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("r-risk");
        assertThat(browser.all(By.cssSelector("#result a[href='/warning.html?slug=casino-typing-jobs']"))).isNotEmpty();
        assertThat(browser.find(By.cssSelector("#result .report-link a")).getText()).isEqualTo("Report this offer, anonymously");
        assertThat(browser.find(By.cssSelector("#result .report-link a")).getAttribute("href")).endsWith("/report.html?lang=en");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("URGENT").doesNotContain("offer=");
        assertThat(browser.js("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage)").toString())
                .doesNotContain("URGENT");
        assertThat(browser.cookies()).isEmpty();
    }

    @Test
    void aNumberNamedInManyWarningsListsTheNewestAndSaysHowManyMore(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.namingOnePhone(12, "+66800001234"));
        browser.open("/check.html?lang=en");
        browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                browser.find(By.id("offer")), "Call +66 80 000 1234 for the job.");
        browser.click(By.id("check-submit"));
        browser.waitForText(By.cssSelector(".indicators"), "2 older warnings name it too");
        assertThat(browser.all(By.cssSelector(".indicators li li"))).hasSize(10);
        assertThat(browser.text(By.cssSelector(".indicators"))).contains("Phone warning 12").doesNotContain("Phone warning 2\n");
    }

    @Test
    void aScamAdIsHighWithRedFlagsInThai(Browser browser) {
        browser.open("/check.html?lang=th");
        browser.waitForText(By.tagName("h1"), "ตรวจ");
        browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                browser.find(By.id("offer")), SCAM_AD);
        browser.click(By.id("check-submit"));
        browser.waitForText(RISK, "ความเสี่ยงสูง");
        assertThat(browser.all(By.cssSelector(".red-flags > li"))).isNotEmpty();
        assertThat(browser.find(By.cssSelector(".red-flags > li")).getAttribute("lang")).isEqualTo("th");
        assertThat(browser.find(By.cssSelector(".privacy")).getText()).contains("ไม่ถูกบันทึก");
    }
}
