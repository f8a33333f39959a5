package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lurewatch.support.IntegrationTest;
import org.lurewatch.support.StaffClient;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * GraphiQL switched on, in Chromium with the backend's own headers (no nginx headers added): it
 * works from the jar alone, and a staff member signed in to the console in the same browser lends
 * it nothing: its scripts send no session cookie and read no staff answer (issue 22, finding 9).
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lurewatch.embedded-mongo.in-memory=true", "lurewatch.seed.enabled=false",
        "lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD, "spring.graphql.graphiql.enabled=true"})
@ExtendWith(Chromium.class)
class GraphiQlBrowserTest {

    /** Runs {@code body} (which ends by calling {@code done(text)}) inside the page, and returns the text. */
    private static String inPage(Browser browser, String body) {
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(20));
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];" + body);
    }

    @Test
    void graphiQlWorksButCannotUseTheConsoleSession(Browser browser) {
        StaffBrowserSignIn.openSignedIn(browser, "/staff/users.html", "admin", StaffClient.ADMIN_PASSWORD);
        assertThat(browser.cookies()).anyMatch(c -> c.getName().equals("LW_STAFF"));

        browser.expectConsoleError("(CORS|Access-Control-Allow|Failed to load resource)");
        browser.open("/graphiql");
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".graphiql-container")).isEmpty());

        String origin = inPage(browser, "done(String(self.origin));");
        assertThat(origin).as("the page runs in an opaque origin").isEqualTo("null");
        String publicApi = inPage(browser, """
                fetch('/graphql', {method: 'POST', headers: {'Content-Type': 'application/json'},
                  body: JSON.stringify({query: '{ warnings(first: 1) { totalCount } }'})})
                  .then(r => r.text()).then(done, e => done('failed: ' + e));""");
        assertThat(publicApi).as("the public API answers").contains("totalCount");
        String me = inPage(browser, """
                fetch('/graphql', {method: 'POST', credentials: 'include', headers: {'Content-Type': 'application/json'},
                  body: JSON.stringify({query: '{ me { username } }'})})
                  .then(r => r.text()).then(done, e => done('failed: ' + e));""");
        assertThat(me).as("a credentialed request is refused by the browser, or answered anonymously")
                .matches("failed: .*|.*UNAUTHENTICATED.*").doesNotContain("\"username\":\"admin\"");
        String csrf = inPage(browser, """
                fetch('/staff/csrf', {credentials: 'include'}).then(r => r.text())
                  .then(t => done('read: ' + t), e => done('blocked: ' + e));""");
        assertThat(csrf).startsWith("blocked");
        String staffGraphQl = inPage(browser, """
                fetch('/staff/graphql', {method: 'POST', credentials: 'include',
                  headers: {'Content-Type': 'application/json'}, body: JSON.stringify({query: '{ me { username } }'})})
                  .then(r => r.text()).then(t => done('read: ' + t), e => done('blocked: ' + e));""");
        assertThat(staffGraphQl).startsWith("blocked");
        String cookies = inPage(browser, "try { done('cookies: ' + document.cookie); } catch (e) { done('blocked: ' + e); }");
        assertThat(cookies).doesNotContain("LW_STAFF");
    }
}
