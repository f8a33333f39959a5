package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Report a tip: the proof of work starts when the form opens, and a refused proof ("try again")
 * is told apart from text the server will not take ("shorten or change it"). Also measures how
 * fast this machine's Chromium hashes, the basis of the calm difficulty (backend/GUIDE.md, "Proof of work").
 */
@BrowserTest
class ProofOfWorkBrowserTest {

    /** Fills the form at once, as a person who has written it would have. */
    static final String FILL = """
            document.querySelector('input[name=category][value=JOB_OFFER]').checked = true;
            document.getElementById('country').value = 'KH';
            document.getElementById('channel').value = 'TELEGRAM';
            document.getElementById('story').value = arguments[0];
            document.querySelector('input[name=danger][value=no]').checked = true;
            document.querySelector('input[name=for][value=MYSELF]').checked = true;
            """;

    private static final String REFUSED = "{\"errors\":[{\"message\":\"proofOfWork.challenge has expired\",\"extensions\":"
            + "{\"code\":\"BAD_USER_INPUT\",\"field\":\"proofOfWork\",\"reason\":\"EXPIRED\"}}],\"data\":null}";
    private static final String TOO_LONG = "{\"errors\":[{\"message\":\"input.story is too long\",\"extensions\":"
            + "{\"code\":\"BAD_USER_INPUT\",\"field\":\"input.story\"}}],\"data\":null}";

    private static final Map<String, List<String>> MESSAGES = Map.of(
            "en", List.of("The safety check did not go through", "Please shorten or change it"),
            "km", List.of("ការត្រួតពិនិត្យសុវត្ថិភាពមិនបានសម្រេចទេ", "សូមកាត់ឱ្យខ្លី"),
            "my", List.of("လုံခြုံရေး စစ်ဆေးမှု မအောင်မြင်ပါ", "တိုအောင်"));

    @Autowired
    ServerFaults server;

    @Test
    void theProofStartsWhenTheFormOpens(Browser browser) {
        browser.open("/report.html?lang=en");
        // nothing typed or pressed: the challenge is already fetched and the worker already running
        browser.waitUntil(d -> (Boolean) browser.js(
                "return performance.getEntriesByType('resource').some((e) => e.name.endsWith('/js/pow-worker.js'))"));
        assertThat(browser.find(By.id("pow-progress")).isDisplayed()).isFalse();
        browser.js(FILL, "A broker asked for my passport before the flight.");
        browser.click(By.id("tip-submit"));
        assertThat(browser.waitForText(By.id("receipt"), " ").getText()).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
    }

    @Test
    void aRefusedProofSaysTryAgainAndBadTextSaysShortenIt(Browser browser) {
        for (Map.Entry<String, List<String>> language : MESSAGES.entrySet()) {
            browser.open("/report.html?lang=" + language.getKey());
            browser.js(FILL, "A recruiter kept my passport.");
            try (ServerFaults.Handle ignored = server.answerGraphQl(200, REFUSED)) {
                browser.click(By.id("tip-submit"));
                browser.waitForText(By.id("form-error"), language.getValue().get(0));
            }
            assertThat(browser.text(By.id("form-error"))).doesNotContain(language.getValue().get(1));
            assertThat(browser.find(By.id("story")).getAttribute("value")).as("the text is kept").isEqualTo("A recruiter kept my passport.");
            try (ServerFaults.Handle ignored = server.answerGraphQl(200, TOO_LONG)) {
                browser.click(By.id("tip-submit"));
                browser.waitForText(By.id("form-error"), language.getValue().get(1));
            }
            assertThat(browser.text(By.id("form-error"))).doesNotContain(language.getValue().get(0));
        }
        // and after "try again", trying again works: a fresh proof, the same text
        browser.click(By.id("tip-submit"));
        assertThat(browser.waitForText(By.id("receipt"), " ").getText()).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
    }

    @Test
    void measuresHowFastThisBrowserHashes(Browser browser) {
        browser.open("/report.html?lang=en");
        // the page's own worker, on a challenge it will not solve in the time measured (32 bits)
        @SuppressWarnings("unchecked")
        Map<String, Object> run = (Map<String, Object>) browser.js("""
                return new Promise((resolve) => {
                  const worker = new Worker('/js/pow-worker.js');
                  let last = null;
                  worker.onmessage = (event) => { last = event.data; };
                  worker.postMessage({ challenge: 'v1.' + 'x'.repeat(22) + '.1767000000.32.tip.' + 'y'.repeat(43), difficulty: 32 });
                  setTimeout(() => { worker.terminate(); resolve(last); }, 2000);
                });
                """);
        double rate = ((Number) run.get("tried")).doubleValue() * 1000 / ((Number) run.get("ms")).doubleValue();
        double phone = rate / 4;
        double calmMedian = Math.log(2) * Math.pow(2, 17) / phone;
        System.out.printf("proof of work: %,.0f hashes/s in headless Chromium on this machine (%d cores); phone-class estimate"
                + " (÷4) %,.0f hashes/s; calm difficulty 17: median %.2f s, mean %.2f s on a phone-class CPU%n",
                rate, Runtime.getRuntime().availableProcessors(), phone, calmMedian, Math.pow(2, 17) / phone);
        // a guard against a worker that became much slower: here, unthrottled, well under a second
        assertThat(Math.log(2) * Math.pow(2, 17) / rate).as("median seconds at difficulty 17, unthrottled").isLessThan(2.0);
    }
}
