package org.lurewatch.web;

import org.openqa.selenium.By;

/** Signs a staff member in to the console the way a person does: the sign-in page, then onwards. */
final class StaffBrowserSignIn {

    private StaffBrowserSignIn() {
    }

    /** Opens a console page; being signed out, the browser lands on sign-in and comes back after it. */
    static void openSignedIn(Browser browser, String page, String username, String password) {
        browser.open(page);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/staff/index.html"));
        waitForTheForm(browser);
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(password);
        browser.click(By.id("signin-submit"));
        browser.waitUntil(d -> d.getCurrentUrl().contains(page));
        browser.waitForText(By.id("staff-nav"), "Sign out");
    }

    /** The form is in the page from the start, but shown only once the page knows nobody is signed in. */
    static void waitForTheForm(Browser browser) {
        browser.waitUntil(d -> browser.find(By.id("username")).isDisplayed());
    }
}
