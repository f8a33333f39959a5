package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator manages staff accounts and NGO API keys in the console. */
@BrowserTest
class StaffUsersBrowserTest {

    @LocalServerPort
    int port;

    private static By userRow(String username) {
        return By.cssSelector("#user-rows tr[data-user='" + username + "']");
    }

    private static GraphQlClient.Reply withKey(GraphQlClient http, String key) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + "/graphql"))
                .header("Content-Type", "application/json").header("X-Api-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build());
    }

    @Test
    void createsAnOfficerShowsTheOneTimePasswordOnceSetsRolesResetsAndDisables(Browser browser) {
        GraphQlClient http = new GraphQlClient(port);
        StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD).newStaff("admin-browser-1", "ADMIN");
        StaffBrowserSignIn.openSignedIn(browser, "/staff/users.html", "admin-browser-1", StaffClient.NEW_PASSWORD);
        browser.waitForText(userRow("admin-browser-1"), "(you)");

        browser.find(By.id("u-name")).sendKeys("officer-kham");
        browser.find(By.id("u-display")).sendKeys("Officer Kham");
        browser.click(By.id("u-triage"));
        browser.click(By.cssSelector("#new-user button[type=submit]"));
        WebElement secret = browser.waitForText(By.id("secret"), "One-time password for officer-kham");
        String oneTime = browser.text(By.id("secret-value"));
        assertThat(oneTime).isNotBlank();
        assertThat(secret.getText()).contains("shown only this once");
        assertThat(browser.text(userRow("officer-kham"))).contains("Officer Kham", "Enabled", "One-time password not yet replaced");
        assertThat(browser.find(By.cssSelector("#user-rows tr[data-user='officer-kham'] input[value=TRIAGE]")).isSelected()).isTrue();
        assertThat(StaffClient.postSession(http, "officer-kham", oneTime).status()).isEqualTo(200); // the password works

        browser.click(By.id("copy-secret"));
        browser.waitUntil(d -> !browser.text(By.id("status")).isEmpty());
        browser.click(By.id("hide-secret"));
        assertThat(browser.find(By.id("secret")).isDisplayed()).isFalse();
        assertThat(browser.driver().getPageSource()).doesNotContain(oneTime);
        browser.driver().navigate().refresh();
        browser.waitForText(userRow("officer-kham"), "Enabled");
        assertThat(browser.driver().getPageSource()).doesNotContain(oneTime); // shown once only

        browser.click(By.cssSelector("#user-rows tr[data-user='officer-kham'] input[value=EDITOR]"));
        browser.click(By.cssSelector("#user-rows tr[data-user='officer-kham'] button[data-action=roles]"));
        browser.waitForText(By.id("status"), "Setting the roles of officer-kham: done.");
        assertThat(browser.find(By.cssSelector("#user-rows tr[data-user='officer-kham'] input[value=EDITOR]")).isSelected()).isTrue();

        browser.js("window.confirm = () => true");
        browser.click(By.cssSelector("#user-rows tr[data-user='officer-kham'] button[data-action=reset]"));
        browser.waitForText(By.id("secret"), "New one-time password for officer-kham");
        String reset = browser.text(By.id("secret-value"));
        assertThat(reset).isNotBlank().isNotEqualTo(oneTime);
        assertThat(StaffClient.postSession(http, "officer-kham", oneTime).status()).isNotEqualTo(200);
        assertThat(StaffClient.postSession(http, "officer-kham", reset).status()).isEqualTo(200);
        assertThat(browser.all(By.cssSelector("#user-rows tr[data-user='admin-browser-1'] button[data-action]")))
                .extracting(e -> e.getAttribute("data-action")).containsExactly("roles"); // not disabled nor reset by oneself

        browser.click(By.cssSelector("#user-rows tr[data-user='officer-kham'] button[data-action=disable]"));
        browser.waitForText(userRow("officer-kham"), "Disabled");
        assertThat(browser.find(By.cssSelector("#user-rows tr[data-user='officer-kham'] button[data-action=enable]")).isDisplayed()).isTrue();
        assertThat(StaffClient.postSession(http, "officer-kham", reset).status()).isNotEqualTo(200);
    }

    @Test
    void issuesAnApiKeyShownOnceAndRevokesIt(Browser browser) {
        GraphQlClient http = new GraphQlClient(port);
        StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD).newStaff("admin-browser-2", "ADMIN");
        StaffBrowserSignIn.openSignedIn(browser, "/staff/users.html", "admin-browser-2", StaffClient.NEW_PASSWORD);
        browser.waitForText(userRow("admin-browser-2"), "(you)");

        browser.find(By.id("k-org")).sendKeys("Mekong Shelter");
        browser.click(By.cssSelector("#new-key button[type=submit]"));
        browser.waitForText(By.id("secret"), "API key for Mekong Shelter");
        String key = browser.text(By.id("secret-value"));
        By row = By.cssSelector("#key-rows tr[data-org='Mekong Shelter']");
        assertThat(browser.text(row)).contains("…" + key.substring(key.length() - 4), "120/min", "Active");
        assertThat(withKey(http, key).status()).isEqualTo(200);

        browser.js("window.confirm = () => true");
        browser.click(By.cssSelector("#key-rows tr[data-org='Mekong Shelter'] button[data-action=revoke]"));
        browser.waitForText(row, "Revoked");
        assertThat(browser.all(By.cssSelector("#key-rows tr[data-org='Mekong Shelter'] button"))).isEmpty();
        assertThat(withKey(http, key).firstError().path("extensions").path("code").asString()).isEqualTo("UNAUTHENTICATED");
    }
}
