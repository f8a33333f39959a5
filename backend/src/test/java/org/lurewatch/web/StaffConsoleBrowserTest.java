package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.lurewatch.support.TipApi;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console as its users meet it: a first administrator (ADMIN only) is told which roles open
 * the queue and the warnings and can take them in one click; the sign-in page logs nothing in the
 * console; every page fits a 360 px phone without sideways scrolling; and at 1280 px the header's
 * content starts where the page's does (the public site's too).
 */
@BrowserTest
class StaffConsoleBrowserTest {

    /** Where a box's content starts: its left edge plus its left padding. */
    private static final String CONTENT_LEFT = """
            const edge = (el) => el.getBoundingClientRect().left + parseFloat(getComputedStyle(el).paddingLeft);
            return [edge(document.querySelector(arguments[0])), edge(document.querySelector('main'))];
            """;

    @LocalServerPort
    int port;

    @Autowired
    WarningFixtures fixtures;

    private StaffClient admin() {
        return StaffClient.signIn(new GraphQlClient(port), "admin", StaffClient.ADMIN_PASSWORD);
    }

    @Test
    void theSignInPageLogsNoErrorAndAFirstAdministratorIsGuidedToTheRoles(Browser browser) {
        browser.open("/staff/");
        StaffBrowserSignIn.waitForTheForm(browser);
        assertThat(browser.consoleProblems()).as("the sign-in page's console").isEmpty();
        GraphQlClient.Reply state = new GraphQlClient(port).get("/staff/session/state");
        assertThat(state.status()).isEqualTo(200);
        assertThat(state.raw()).isEqualTo("{\"signedIn\":false}");
        assertThat(state.headers().allValues("Set-Cookie")).as("looking creates no session").isEmpty();

        admin().newStaff("first-admin-guided", "ADMIN");
        browser.find(By.id("username")).sendKeys("first-admin-guided");
        browser.find(By.id("password")).sendKeys(StaffClient.NEW_PASSWORD);
        browser.click(By.id("signin-submit"));
        browser.waitForText(By.id("roles-guide"), "Triage opens the tip queue and Editor opens the warnings");
        assertThat(browser.text(By.id("staff-nav"))).contains("Users", "My account").doesNotContain("Queue", "Warnings");
        assertThat(browser.find(By.id("go-users-guide")).getAttribute("href")).endsWith("/staff/users.html");

        browser.click(By.id("take-roles"));
        browser.waitForText(By.id("notice"), "You now hold the roles");
        assertThat(browser.text(By.id("staff-nav"))).contains("Queue", "Warnings", "Users", "My account");
        assertThat(browser.text(By.id("home-links"))).contains("Queue", "Warnings");
        assertThat(browser.find(By.id("roles-guide")).isDisplayed()).isFalse();
        GraphQlClient.Reply roles = admin().query("query($f: Int) { staffUsers(first: $f) { edges { node { username roles } } } }",
                Map.of("f", 100));
        assertThat(roles.raw()).containsPattern("\"username\":\"first-admin-guided\",\"roles\":\\[[^]]*TRIAGE");
    }

    @Test
    void everyPageFitsAPhoneAndTheHeadersLineUpWithThePage(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.mixed());
        String receipt = TipApi.over(new GraphQlClient(port)).submitForReceipt(TipApi.tip());
        assertThat(receipt).isNotBlank();
        admin().newStaff("layout-all-roles", "ADMIN", "TRIAGE", "EDITOR");
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        StaffBrowserSignIn.openSignedIn(browser, "/staff/queue.html", "layout-all-roles", StaffClient.NEW_PASSWORD);
        String tip = browser.find(By.cssSelector("#queue-rows a[data-tip]")).getAttribute("data-tip");

        Map<String, String> pages = Map.of(
                "/staff/index.html", "#home-links li",
                "/staff/queue.html", "#queue-rows td[data-label]",
                "/staff/tip.html?id=" + tip, "#story:not(:empty)",
                "/staff/warnings.html", "#rows td[data-label]",
                "/staff/warning-edit.html", "#category option",
                "/staff/users.html", "#user-rows td[data-label]",
                "/staff/account.html", "#password-form");
        for (var page : pages.entrySet()) {
            browser.open(page.getKey());
            browser.find(By.cssSelector(page.getValue()));
            assertThat((List<?>) browser.js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"))
                    .as("width of the page and of the phone's screen on %s", page.getKey())
                    .satisfies(w -> assertThat(((Number) w.get(0)).longValue()).isLessThanOrEqualTo(((Number) w.get(1)).longValue()))
                    .satisfies(w -> assertThat(((Number) w.get(1)).longValue()).isLessThanOrEqualTo(360));
        }

        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        for (String page : List.of("/staff/queue.html", "/staff/users.html")) {
            browser.open(page);
            browser.find(By.cssSelector("#staff-nav a"));
            assertThat((List<?>) browser.js(CONTENT_LEFT, ".staff-header .frame")).as(page)
                    .satisfies(x -> assertThat(((Number) x.get(0)).doubleValue())
                            .isCloseTo(((Number) x.get(1)).doubleValue(), org.assertj.core.data.Offset.offset(1.0)));
        }
        for (String page : List.of("/?lang=en", "/warning.html?slug=casino-typing-jobs", "/check.html?lang=th")) {
            browser.open(page);
            browser.find(By.cssSelector("#lang-list a"));
            for (String header : List.of(".bar .frame", ".site-header")) {
                assertThat((List<?>) browser.js(CONTENT_LEFT, header)).as("%s on %s", header, page)
                        .satisfies(x -> assertThat(((Number) x.get(0)).doubleValue())
                                .isCloseTo(((Number) x.get(1)).doubleValue(), org.assertj.core.data.Offset.offset(1.0)));
            }
        }
    }
}
