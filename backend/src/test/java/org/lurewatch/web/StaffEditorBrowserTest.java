package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor writes a warning in the console: draft, two languages, preview, publication, conflict. */
@BrowserTest
class StaffEditorBrowserTest {

    private static final String TITLE_EN = "Fake nursing jobs in Bangkok";
    private static final String TITLE_TH = "งานพยาบาลปลอมในกรุงเทพฯ";

    @LocalServerPort
    int port;

    @Autowired
    WarningFixtures fixtures;

    GraphQlClient http;
    StaffClient admin;

    @BeforeEach
    void signInAdmin() {
        fixtures.replaceAllWith(List.of());
        http = new GraphQlClient(port);
        admin = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD);
    }

    private void type(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void saveText(Browser browser, String version) {
        browser.click(By.id("save-text"));
        browser.waitForText(By.id("status"), "saved as version " + version);
    }

    @Test
    void writesPreviewsAndPublishesAWarningInEnglishAndThai(Browser browser) {
        admin.newStaff("editor-browser-1", "EDITOR");
        StaffBrowserSignIn.openSignedIn(browser, "/staff/warnings.html", "editor-browser-1", StaffClient.NEW_PASSWORD);
        browser.waitForText(By.id("count"), "No warnings match.");

        browser.click(browser.waitForText(By.cssSelector("main a"), "New warning"));
        browser.waitForText(By.id("save-fields"), "Create draft");
        type(browser, "slug", "fake-nursing-jobs");
        new Select(browser.find(By.id("severity"))).selectByValue("CRITICAL");
        type(browser, "countries", "th, mm");
        type(browser, "indicators", "PHONE +66 81 234 5678");
        browser.click(By.id("save-fields"));
        browser.waitForText(By.id("state"), "Draft · version 0");
        assertThat(browser.driver().getCurrentUrl()).contains("warning-edit.html?id=");

        browser.waitForText(By.id("t-heading"), "English");
        type(browser, "t-title", TITLE_EN);
        type(browser, "t-summary", "The agent keeps your passport.");
        type(browser, "t-flags", "No nursing licence asked for\nFee before the flight");
        type(browser, "t-body", "<p>Never <b>pay</b> a fee.</p><script>window.pwned = 1</script>");
        saveText(browser, "1");
        assertThat(browser.find(By.id("t-body")).getAttribute("value")).isEqualTo("<p>Never <strong>pay</strong> a fee.</p>");

        new Select(browser.find(By.id("add-lang"))).selectByValue("th");
        browser.click(By.id("add-lang-button"));
        browser.waitForText(By.id("t-heading"), "Thai (th) — not saved yet");
        type(browser, "t-title", TITLE_TH);
        type(browser, "t-summary", "นายหน้าจะยึดหนังสือเดินทางของคุณ");
        type(browser, "t-body", "<p>อย่า<strong>จ่าย</strong>ค่าธรรมเนียม</p><ul><li>เก็บหนังสือเดินทางไว้เอง</li></ul>");
        browser.click(By.id("preview-button"));
        WebElement preview = browser.find(By.id("preview-content"));
        browser.waitForText(By.cssSelector("#preview-content h1"), TITLE_TH);
        assertThat(preview.findElement(By.cssSelector("h1")).getAttribute("lang")).isEqualTo("th");
        assertThat(preview.getText()).contains("Critical danger", "Job offer", "TH, MM", "นายหน้าจะยึดหนังสือเดินทางของคุณ");
        assertThat(preview.findElements(By.cssSelector(".body strong, .body ul li"))).hasSize(2);
        saveText(browser, "2");
        assertThat(browser.all(By.cssSelector("#lang-tabs button"))).extracting(WebElement::getText)
                .containsExactly("English", "Thai");

        // unsaved typing is not thrown away by a click on another language without asking
        type(browser, "t-title", "unsaved");
        browser.js("window.confirm = () => false");
        browser.click(By.cssSelector("#lang-tabs button[data-lang=en]"));
        assertThat(browser.text(By.id("t-heading"))).startsWith("Thai");
        assertThat(browser.find(By.id("t-title")).getAttribute("value")).isEqualTo("unsaved");
        browser.js("window.confirm = () => true");
        browser.click(By.cssSelector("#lang-tabs button[data-lang=en]"));
        browser.waitForText(By.id("t-heading"), "English");
        assertThat(browser.find(By.id("t-title")).getAttribute("value")).isEqualTo(TITLE_EN);

        browser.click(By.id("publish"));
        browser.waitForText(By.id("state"), "Published · version 3");
        browser.waitForText(By.cssSelector("#versions li"), "Version 3 · Published");
        assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);

        browser.open("/warning.html?slug=fake-nursing-jobs");
        browser.waitForText(By.cssSelector("#warning h1"), TITLE_EN);
        assertThat(browser.text(By.id("warning"))).contains("No nursing licence asked for", "Never pay a fee.");
        browser.open("/warning.html?slug=fake-nursing-jobs&content=th");
        browser.waitForText(By.cssSelector("#warning h1"), TITLE_TH);
        assertThat(browser.text(By.cssSelector("#warning .body"))).contains("เก็บหนังสือเดินทางไว้เอง");
    }

    @Test
    void listsWarningsInEveryStateWithFiltersAndPages(Browser browser) {
        fixtures.replaceAllWith(SiteWarnings.many(25));
        StaffClient editor = admin.newStaff("editor-browser-4", "EDITOR");
        editor.query("mutation { createWarningDraft(input: {slug: \"draft-only\", category: OTHER, severity: LOW,"
                + " translations: [{language: en, title: \"A draft nobody sees\"}]}) { id } }");
        StaffBrowserSignIn.openSignedIn(browser, "/staff/warnings.html", "editor-browser-4", StaffClient.NEW_PASSWORD);
        browser.waitForText(By.id("count"), "Warnings 1–20 of 26");
        assertThat(browser.all(By.cssSelector("#rows tr"))).hasSize(20);
        browser.click(By.id("next"));
        browser.waitForText(By.id("count"), "Warnings 21–26 of 26");
        assertThat(browser.find(By.id("next")).isDisplayed()).isFalse();
        browser.click(By.id("prev"));
        browser.waitForText(By.id("count"), "Warnings 1–20 of 26");

        browser.click(By.id("f-draft"));
        browser.click(By.cssSelector("#filters button[type=submit]"));
        browser.waitForText(By.id("count"), "Warnings 1–1 of 1");
        assertThat(browser.text(By.id("rows"))).contains("A draft nobody sees", "draft-only", "Draft", "en");
        assertThat(browser.driver().getCurrentUrl()).contains("status=DRAFT");

        browser.click(By.id("f-draft"));
        browser.find(By.id("f-text")).sendKeys("Job warning 17");
        browser.click(By.cssSelector("#filters button[type=submit]"));
        browser.waitForText(By.id("count"), "Warnings 1–1 of 1");
        browser.click(browser.waitForText(By.cssSelector("#rows a"), "Job warning 17"));
        browser.waitForText(By.id("state"), "Published");
        assertThat(browser.find(By.id("slug")).getAttribute("value")).isEqualTo("job-17");
    }

    @Test
    void aSaveOverSomeoneElsesChangeShowsTheConflictAndReloads(Browser browser) {
        StaffClient other = admin.newStaff("editor-browser-2", "EDITOR");
        admin.newStaff("editor-browser-3", "EDITOR");
        String id = other.query("mutation($in: WarningDraftInput!) { createWarningDraft(input: $in) { id } }",
                Map.of("in", Map.of("slug", "free-trip-to-laos", "category", "TRAVEL_OFFER", "severity", "MEDIUM",
                        "translations", List.of(Map.of("language", "en", "title", "A free trip",
                                "summary", "An online friend pays your travel."))))).data()
                .path("createWarningDraft").path("id").asString();

        StaffBrowserSignIn.openSignedIn(browser, "/staff/warning-edit.html?id=" + id, "editor-browser-3", StaffClient.NEW_PASSWORD);
        browser.waitForText(By.id("state"), "Draft · version 0");

        // meanwhile a colleague saves
        assertThat(other.query("mutation($id: ID!) { setWarningTranslation(id: $id, version: 0, translation:"
                + " {language: en, title: \"A free trip across the border\"}) { version } }", Map.of("id", id)).raw())
                .contains("\"version\":1");

        type(browser, "t-title", "My stale title");
        browser.click(By.id("save-text"));
        WebElement conflict = browser.waitUntil(d -> d.findElement(By.id("conflict")).isDisplayed()
                ? d.findElement(By.id("conflict")) : null);
        assertThat(conflict.getText()).contains("Not saved: someone else changed this warning",
                "it is now version 1", "Reload the current version");
        assertThat(browser.find(By.id("t-title")).getAttribute("value")).isEqualTo("My stale title"); // kept to copy

        browser.click(By.id("reload"));
        browser.waitForText(By.id("state"), "Draft · version 1");
        assertThat(browser.find(By.id("conflict")).isDisplayed()).isFalse();
        assertThat(browser.find(By.id("t-title")).getAttribute("value")).isEqualTo("A free trip across the border");
        type(browser, "t-title", "A free trip that ends across the border");
        saveText(browser, "2");

        // the history brings the first version back, as a new one
        browser.waitForText(By.cssSelector("#versions li"), "Version 2 · Text saved · editor-browser-3");
        assertThat(browser.text(By.id("versions"))).contains("Version 1 · Text saved · editor-browser-2",
                "Version 0 · Created · editor-browser-2", "Changed: translations.en.title");
        browser.js("window.confirm = () => true");
        browser.click(By.cssSelector("button[data-restore='0']"));
        browser.waitForText(By.id("state"), "Draft · version 3");
        assertThat(browser.find(By.id("t-title")).getAttribute("value")).isEqualTo("A free trip");
        browser.waitForText(By.cssSelector("#versions li"), "Version 3 · Restored (from version 0)");
    }
}
