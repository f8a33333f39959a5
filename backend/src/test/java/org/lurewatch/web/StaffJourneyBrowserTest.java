package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff console in a browser: first sign-in with a one-time password, and the whole way of a tip
 * from the public report form through the triage queue to a reply the tipster reads with the receipt.
 */
@BrowserTest
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
                }""", Map.of("u", username, "r", List.of(roles)));
        String oneTime = created.data().path("createStaffUser").path("oneTimePassword").asString();
        assertThat(oneTime).as(created.raw()).isNotEmpty();
        return oneTime;
    }

    /** Signs in through the console, choosing a password of one's own on the way. */
    static void signInFirstTime(Browser browser, String username, String oneTime) {
        browser.open("/staff/");
        StaffBrowserSignIn.waitForTheForm(browser);
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
        StaffBrowserSignIn.waitForTheForm(browser);
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

    @Test
    void aPageOpenedSignedOutReturnsAfterSignInAndRefusesWithoutItsRole(Browser browser) {
        StaffClient admin = StaffClient.signIn(new GraphQlClient(port), "admin", StaffClient.ADMIN_PASSWORD);
        admin.newStaff("editor.admin", "EDITOR", "ADMIN");
        browser.open("/staff/queue.html");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/staff/index.html?next="));
        StaffBrowserSignIn.waitForTheForm(browser);
        browser.find(By.id("username")).sendKeys("editor.admin");
        browser.find(By.id("password")).sendKeys(StaffClient.NEW_PASSWORD);
        browser.click(By.id("signin-submit"));

        browser.waitForText(By.id("main"), "This page needs the TRIAGE role");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/queue.html");
        assertThat(browser.text(By.id("staff-nav"))).contains("Warnings", "Users", "Sign out").doesNotContain("Queue");
    }

    @Test
    void aTipGoesFromTheReportFormThroughTheQueueToAReplyTheTipsterReads(Browser browser) {
        browser.open("/report.html?lang=en");
        browser.click(By.cssSelector("input[name=category][value=JOB_OFFER]"));
        // Lao PDR: the public tests in the same app send their tips from Cambodia, and the queue's
        // filters below must find this one alone
        new Select(browser.find(By.id("country"))).selectByValue("LA");
        browser.find(By.id("place")).sendKeys("Vientiane");
        new Select(browser.find(By.id("channel"))).selectByValue("TELEGRAM");
        browser.find(By.id("story")).sendKeys("A recruiter offered a typing job with free flights and asked for my passport.");
        browser.find(By.id("indicators")).sendKeys("+855 12 000 789");
        browser.click(By.cssSelector("input[name=danger][value=no]"));
        browser.click(By.cssSelector("input[name=for][value=MYSELF]"));
        browser.click(By.id("tip-submit"));
        String receipt = browser.waitForText(By.id("receipt"), " ").getText();
        assertThat(receipt).matches("\\d{4} \\d{4} \\d{4} \\d{4}");

        StaffClient admin = StaffClient.signIn(new GraphQlClient(port), "admin", StaffClient.ADMIN_PASSWORD);
        StaffClient colleague = admin.newStaff("colleague.journey", "TRIAGE");
        signInFirstTime(browser, "officer.journey", createAccount("officer.journey", "TRIAGE"));

        browser.click(By.id("go-queue"));
        browser.waitForText(By.id("queue-count"), "match");
        browser.click(By.id("country-LA"));
        browser.click(By.id("category-JOB_OFFER"));
        new Select(browser.find(By.id("f-unassigned"))).selectByValue("true");
        browser.click(By.id("apply-filters"));
        browser.waitForText(By.id("queue-count"), "1 tip matches.");
        assertThat(browser.text(By.id("queue-rows"))).contains("New", "Job offer", "Lao PDR (LA)", "Telegram", "nobody");
        browser.click(By.cssSelector("#queue-rows a[data-tip]"));

        browser.waitForText(By.id("story"), "free flights and asked for my passport");
        String tipId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=", "");
        assertThat(browser.text(By.id("indicators"))).contains("+855 12 000 789");
        assertThat(browser.text(By.id("case-facts"))).contains("Held by", "nobody");

        // a colleague is quicker: the officer's claim is refused and the page shows who holds the tip
        colleague.query("mutation($t: ID!) { claimTip(tipId: $t) { assignee } }", Map.of("t", tipId));
        browser.expectConsoleError("/staff/graphql - Failed to load resource");
        browser.click(By.id("claim"));
        browser.waitForText(By.id("notice"), "Someone else changed this meanwhile");
        browser.waitForText(By.id("case-facts"), "colleague.journey");
        colleague.query("mutation($t: ID!) { releaseTip(tipId: $t) { assignee } }", Map.of("t", tipId));

        browser.driver().navigate().refresh();
        browser.waitForText(By.id("case-facts"), "nobody");
        browser.click(By.id("claim"));
        browser.waitForText(By.id("notice"), "You hold this tip now.");
        assertThat(browser.text(By.id("case-facts"))).contains("officer.journey (you)");

        browser.find(By.id("reply-text")).sendKeys("Thank you. Please do not send your passport. Can you tell us the recruiter's Telegram name?");
        browser.click(By.id("reply-submit"));
        browser.waitForText(By.id("notice"), "Reply sent");
        browser.waitForText(By.id("messages"), "Can you tell us the recruiter's Telegram name?");

        browser.find(By.id("note-text")).sendKeys("Number seen in two other reports last month.");
        browser.click(By.id("note-submit"));
        browser.waitForText(By.id("notes"), "Number seen in two other reports last month.");

        new Select(browser.find(By.id("status-to"))).selectByValue("IN_REVIEW");
        browser.click(By.id("status-submit"));
        browser.waitForText(By.id("notice"), "Status changed to In review.");
        browser.waitForText(By.id("history"), "New → In review");

        browser.open("/my-report.html?lang=en");
        browser.find(By.id("receipt")).sendKeys(receipt);
        browser.click(By.id("receipt-submit"));
        browser.waitForText(By.id("tip"), "Can you tell us the recruiter's Telegram name?");
        assertThat(browser.text(By.id("tip"))).doesNotContain("Number seen in two other reports");
        assertThat(browser.cookies()).as("the public site sends the staff cookie nowhere it can be read")
                .allSatisfy(c -> assertThat(c.getPath()).isEqualTo("/staff"));
    }
}
