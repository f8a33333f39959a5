package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Any staff member on "My account": changes their own password, and issues and revokes API tokens. */
@BrowserTest
class StaffAccountBrowserTest {

    static final String CHANGED_PASSWORD = "quiet harbour paper kite 31";

    @LocalServerPort
    int port;

    private void newOfficer(GraphQlClient http, String username) {
        StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD).newStaff(username, "TRIAGE");
    }

    private static void changePassword(Browser browser, String current, String next) {
        browser.find(By.id("current-password")).clear();
        browser.find(By.id("current-password")).sendKeys(current);
        browser.find(By.id("new-password")).clear();
        browser.find(By.id("new-password")).sendKeys(next);
        browser.find(By.id("repeat-password")).clear();
        browser.find(By.id("repeat-password")).sendKeys(next);
        browser.click(By.id("password-submit"));
    }

    @Test
    void changesTheOwnPasswordAndStaysSignedIn(Browser browser) {
        GraphQlClient http = new GraphQlClient(port);
        newOfficer(http, "officer-account-1");
        StaffBrowserSignIn.openSignedIn(browser, "/staff/account.html", "officer-account-1", StaffClient.NEW_PASSWORD);
        assertThat(browser.text(By.id("staff-nav"))).contains("Queue", "My account").doesNotContain("Users");
        assertThat(browser.find(By.cssSelector("#staff-nav a[aria-current=page]")).getText()).isEqualTo("My account");

        changePassword(browser, StaffClient.NEW_PASSWORD, "too short");
        browser.waitForText(By.id("password-error"), "Field newPassword: newPassword must be at least 12 characters long");
        assertThat(StaffClient.postSession(http, "officer-account-1", StaffClient.NEW_PASSWORD).status()).isEqualTo(200);

        changePassword(browser, StaffClient.NEW_PASSWORD, CHANGED_PASSWORD);
        browser.waitForText(By.id("status"), "Your password is changed.");
        assertThat(browser.text(By.id("password-error"))).isEmpty();
        assertThat(browser.find(By.id("new-password")).getAttribute("value")).isEmpty();
        browser.driver().navigate().refresh(); // still signed in: the page loads its tokens, not the sign-in page
        browser.waitForText(By.id("tokens-count"), "0 tokens");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/account.html");
        assertThat(StaffClient.postSession(http, "officer-account-1", CHANGED_PASSWORD).status()).isEqualTo(200);

        browser.click(By.id("sign-out"));
        browser.waitForText(By.id("notice"), "You are signed out.");
        StaffBrowserSignIn.openSignedIn(browser, "/staff/account.html", "officer-account-1", CHANGED_PASSWORD);
        browser.waitForText(By.id("tokens-count"), "0 tokens");
    }

    @Test
    void issuesAnApiTokenShownOnceUsesItAndRevokesIt(Browser browser) {
        GraphQlClient http = new GraphQlClient(port);
        newOfficer(http, "officer-account-2");
        StaffBrowserSignIn.openSignedIn(browser, "/staff/account.html", "officer-account-2", StaffClient.NEW_PASSWORD);
        browser.waitForText(By.id("tokens-count"), "0 tokens");

        browser.find(By.id("t-days")).clear();
        browser.find(By.id("t-days")).sendKeys("400");
        browser.find(By.id("t-label")).sendKeys("nightly export");
        browser.click(By.id("new-token-submit"));
        browser.waitForText(By.id("new-token-error"), "Field validDays: validDays must be between 1 and 90");

        browser.find(By.id("t-days")).clear();
        browser.find(By.id("t-days")).sendKeys("7");
        browser.click(By.id("new-token-submit"));
        browser.waitForText(By.id("secret"), "API token nightly export");
        String token = browser.text(By.id("secret-value"));
        assertThat(token).startsWith("lwst_");
        assertThat(browser.text(By.id("secret"))).contains("shown only this once");
        By row = By.cssSelector("#token-rows tr[data-label='nightly export']");
        assertThat(browser.text(row)).contains("Active");

        GraphQlClient.Reply me = StaffClient.withToken(http, token).query("{ me { username } }");
        assertThat(me.data().path("me").path("username").asString()).as(me.raw()).isEqualTo("officer-account-2");

        browser.click(By.id("hide-secret"));
        assertThat(browser.find(By.id("secret")).isDisplayed()).isFalse();
        browser.driver().navigate().refresh();
        browser.waitForText(row, "Active");
        assertThat(browser.driver().getPageSource()).doesNotContain(token); // shown once only

        browser.js("window.confirm = () => true");
        browser.click(By.cssSelector("#token-rows tr[data-label='nightly export'] button[data-action=revoke]"));
        browser.waitForText(row, "Revoked");
        assertThat(browser.all(By.cssSelector("#token-rows tr[data-label='nightly export'] button"))).isEmpty();
        GraphQlClient.Reply refused = StaffClient.withToken(http, token).query("{ me { username } }");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.firstError().path("extensions").path("code").asString()).isEqualTo("UNAUTHENTICATED");
    }
}
