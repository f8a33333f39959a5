package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.TipApi;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** My report (and Report a tip): a receipt leads to the tip's status, and never into URL, history or storage. */
@BrowserTest
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

    @Test
    void aTipSentOnTheFormGivesAReceiptThatMyReportReads(Browser browser) {
        browser.open("/report.html?lang=en");
        browser.click(By.id("tip-submit"));
        browser.waitForText(By.id("form-error"), "Please answer every question");

        browser.click(By.cssSelector("input[name=category][value=JOB_OFFER]"));
        new Select(browser.find(By.id("country"))).selectByValue("KH");
        browser.find(By.id("place")).sendKeys("Sihanoukville");
        new Select(browser.find(By.id("channel"))).selectByValue("TELEGRAM");
        browser.find(By.id("story")).sendKeys("A recruiter offered a typing job with free flights and asked for my passport.");
        browser.find(By.id("indicators")).sendKeys("+855 12 000 456\ngolden-jobs.example");
        browser.click(By.cssSelector("input[name=danger][value=yes]"));
        browser.waitForText(By.id("danger-first"), "117");
        assertThat(browser.find(By.id("danger-first")).getLocation().getY())
                .isLessThan(browser.find(By.id("tip-form")).getLocation().getY());
        browser.click(By.cssSelector("input[name=for][value=SOMEONE_ELSE]"));
        browser.click(By.id("tip-submit"));

        String receipt = browser.waitForText(By.id("receipt"), " ").getText();
        assertThat(receipt).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
        String sent = browser.text(By.id("sent"));
        assertThat(sent).contains("Thank you. Your report was sent.", "It is the only way to follow your report", "What happens next");
        assertThat(sent.indexOf("117")).as("emergency numbers first").isGreaterThanOrEqualTo(0).isLessThan(sent.indexOf(receipt));
        assertThat(browser.find(By.id("copy-receipt")).getText()).isEqualTo("Copy the code");
        String digits = receipt.replaceAll("\\D", "");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(digits.substring(0, 8));
        assertThat(browser.js("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + JSON.stringify(history.state)")
                .toString()).doesNotContain(digits.substring(0, 8)).doesNotContain(receipt.substring(0, 9));

        browser.open("/my-report.html?lang=en");
        browser.find(By.id("receipt")).sendKeys(receipt);
        browser.click(By.id("receipt-submit"));
        browser.waitForText(By.id("tip"), "Received.");
        assertThat(browser.cookies()).isEmpty();
    }
}
