package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.remote.http.Route;
import org.springframework.beans.factory.annotation.Autowired;

/** API errors reach the reader as a translated, announced message with a way to try again. */
@BrowserTest
class ErrorMessagesBrowserTest {

    @Autowired
    WarningFixtures fixtures;

    /** Every API request, by POST or by GET and hash (the latest warnings and warning pages). */
    private static NetworkInterceptor answerGraphQl(Browser browser, int status, String body) {
        return new NetworkInterceptor(browser.driver(), Route.matching(req -> req.getUri().contains("/graphql"))
                .to(() -> req -> new HttpResponse().setStatus(status)
                        .addHeader("Content-Type", "application/graphql-response+json")
                        .setContent(Contents.bytes(body.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void rateLimitIsExplainedInTheReadersLanguage(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.mixed());
        browser.expectConsoleError("status of 429");
        try (NetworkInterceptor ignored = answerGraphQl(browser, 429,
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
        try (NetworkInterceptor ignored = answerGraphQl(browser, 200,
                "{\"errors\":[{\"message\":\"slug is too long\",\"extensions\":{\"code\":\"BAD_USER_INPUT\",\"field\":\"slug\"}}],\"data\":null}")) {
            browser.open("/warning.html?slug=x&lang=vi");
            browser.waitForText(By.cssSelector("#page-error .error"), "Nội dung bạn nhập không dùng được");
        }
        browser.expectConsoleError("status of 503");
        try (NetworkInterceptor ignored = answerGraphQl(browser, 503, "<html>down</html>")) {
            browser.open("/?lang=zh");
            browser.waitForText(By.cssSelector("#list-error .error"), "出现问题。请稍后再试。");
        }
    }
}
