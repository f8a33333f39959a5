package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** API errors reach the reader as a translated, announced message with a way to try again. */
@BrowserTest
class ErrorMessagesBrowserTest {

    @Autowired
    WarningFixtures fixtures;

    /** Answers every API request, by POST or by GET and hash (latest warnings, warning pages). */
    @Autowired
    ServerFaults server;

    @Test
    void rateLimitIsExplainedInTheReadersLanguage(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.mixed());
        browser.expectConsoleError("status of 429");
        try (ServerFaults.Handle ignored = server.answerGraphQl(429,
                "{\"errors\":[{\"message\":\"Too many requests\",\"extensions\":{\"code\":\"RATE_LIMITED\",\"retryAfterSeconds\":42}}]}")) {
            browser.open("/?lang=th");
            browser.waitForText(By.cssSelector("#list-error .error"), "โปรดรอ 42 วินาที");
            assertThat(browser.find(By.id("list-error")).getAttribute("role")).isEqualTo("alert");
        }
        browser.click(By.cssSelector("#list-error button"));
        browser.waitForText(By.id("status"), "แสดง 5 จาก 5 คำเตือน");
        assertThat(browser.all(By.cssSelector("#list-error .error"))).isEmpty();
    }

    @Test
    void badInputAndUnreachableServerHaveTheirOwnMessages(Browser browser) {
        try (ServerFaults.Handle ignored = server.answerGraphQl(200,
                "{\"errors\":[{\"message\":\"slug is too long\",\"extensions\":{\"code\":\"BAD_USER_INPUT\",\"field\":\"slug\"}}],\"data\":null}")) {
            browser.open("/warning.html?slug=x&lang=vi");
            browser.waitForText(By.cssSelector("#page-error .error"), "Nội dung bạn nhập không dùng được");
        }
        browser.expectConsoleError("status of 503");
        try (ServerFaults.Handle ignored = server.answerGraphQl(503, "<html>down</html>")) {
            browser.open("/?lang=zh");
            browser.waitForText(By.cssSelector("#list-error .error"), "出现问题。请稍后再试。");
        }
    }
}
