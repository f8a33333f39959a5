package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The staff console in a browser: first sign-in with a one-time password, and the whole way of a tip
 * from the public report form through the triage queue to a reply the tipster reads with the receipt.
 */
@BrowserTest
@TestPropertySource(properties = {"lurewatch.abuse.proof-of-work.difficulty=8",
        "lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD})
class StaffJourneyBrowserTest {

    static final String OFFICER_PASSWORD = "river lantern copper meadow 7";

    @LocalServerPort
    int port;

    /** As the administrator: a new account with these roles; its one-time password. */
    private String createAccount(String username, String... roles) {
        StaffClient admin = StaffClient.signIn(new GraphQlClient(port), "admin", StaffClient.ADMIN_PASSWORD);
        GraphQlClient.Reply created = admin.query("""
                mutation($u: String!, $r: [StaffRole!]!) {
                  createStaffUser(input: {username: $u, displayName: "Officer Test", roles: $r}) { oneTimePassword }
                }""", java.util.Map.of("u", username, "r", java.util.List.of(roles)));
        String oneTime = created.data().path("createStaffUser").path("oneTimePassword").asString();
        assertThat(oneTime).as(created.raw()).isNotEmpty();
        return oneTime;
    }

    /** Signs in through the console, choosing a password of one's own on the way. */
    static void signInFirstTime(Browser browser, String username, String oneTime) {
        browser.expectConsoleError("/staff/session - Failed to load resource: the server responded with a status of 401");
        browser.open("/staff/");
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(oneTime);
        browser.click(By.id("signin-submit"));
        browser.waitForText(By.id("change-title"), "Choose your own password");
        browser.find(By.id("current-password")).sendKeys(oneTime);
        browser.find(By.id("new-password")).sendKeys(OFFICER_PASSWORD);
        browser.find(By.id("repeat-password")).sendKeys(OFFICER_PASSWORD);
        browser.click(By.id("change-submit"));
        browser.waitForText(By.id("notice"), "Your password is changed.");
        browser.waitForText(By.id("home-greeting"), "Signed in as Officer Test");
    }

    @Test
    void aFirstSignInAsksForAPasswordOfOnesOwnAndTheNavFollowsTheRoles(Browser browser) {
        String oneTime = createAccount("officer.nav", "TRIAGE");
        browser.open("/staff/index.html");
        browser.find(By.id("username")).sendKeys("officer.nav");
        browser.find(By.id("password")).sendKeys("not the password");
        browser.expectConsoleError("/staff/session - Failed to load resource");
        browser.click(By.id("signin-submit"));
        browser.waitForText(By.id("signin-error"), "Wrong user name or password.");
        browser.find(By.id("password")).clear();

        signInFirstTime(browser, "officer.nav", oneTime);
        assertThat(browser.text(By.id("staff-nav"))).contains("Queue", "Sign out").doesNotContain("Users", "Warnings");
        assertThat(browser.text(By.id("home-links"))).contains("Queue");

        browser.open("/staff/index.html");
        browser.waitForText(By.id("home-greeting"), "Signed in as Officer Test");
        browser.click(By.id("sign-out"));
        browser.waitForText(By.id("notice"), "You are signed out.");
        browser.find(By.id("username"));
        assertThat(browser.js("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage)").toString())
                .doesNotContain("csrf").doesNotContain(OFFICER_PASSWORD);
    }
}
