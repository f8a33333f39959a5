package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.TipApi;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** My report (and Report a tip): a receipt leads to the tip's status, and never into URL, history or storage. */
@BrowserTest
@TestPropertySource(properties = "lurewatch.abuse.proof-of-work.difficulty=8")
class TipPagesBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aReceiptShowsTheStatusAndTakesAnAnswer(Browser browser) {
        String receipt = TipApi.over(new GraphQlClient(port)).submitForReceipt(TipApi.tip());
        browser.open("/my-report.html?lang=en");
        WebElement input = browser.find(By.id("receipt"));
        assertThat(input.getAttribute("autocomplete")).isEqualTo("off");

        input.sendKeys("1234 5678");
        browser.click(By.id("receipt-submit"));
        browser.waitForText(By.id("receipt-error"), "A receipt code has 16 digits");

        input.clear();
        input.sendKeys("0000 0000 0000 0000");
        browser.click(By.id("receipt-submit"));
        browser.waitForText(By.id("page-error"), "No report matches this code");

        input.clear();
        input.sendKeys(receipt);
        browser.click(By.id("receipt-submit"));
        browser.waitForText(By.id("tip"), "Received.");
        assertThat(browser.text(By.id("tip"))).contains("Status", "Messages from our team", "No messages yet.");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("tip-status");

        browser.find(By.id("answer")).sendKeys("The recruiter called again from a new number.");
        browser.click(By.id("answer-submit"));
        browser.waitForText(By.id("status"), "Thank you. Your message was sent.");

        browser.click(By.cssSelector("#lang-list a[lang=th]"));
        browser.waitForText(By.id("tip"), "ได้รับแล้ว");

        String digits = receipt.replaceAll("\\D", "");
        String url = browser.driver().getCurrentUrl();
        assertThat(url).doesNotContain(digits).doesNotContain(digits.substring(0, 4) + "%20");
        assertThat(browser.js("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + JSON.stringify(history.state)")
                .toString()).doesNotContain(digits.substring(0, 8)).doesNotContain(receipt.substring(0, 9));
        assertThat(browser.cookies()).isEmpty();
    }
}
