package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page served in another language holds no English word, at 360 px, on a Chromium that has no
 * locale data for Lao, Khmer and Burmese (Debian's has none: its Intl answers "Khmer" and
 * "Dec 6, 2026" there). Only names may be Latin: the site's, the Esc key's, messengers', and what a warning
 * quotes (indicator values, the titles of its sources) or is written in (marked with its own lang).
 */
@BrowserTest
class NoEnglishBrowserTest {

    static final List<String> LANGUAGES = List.of("en", "zh", "th", "vi", "lo", "km", "my");
    private static final Set<String> NAMES = Set.of("LureWatch", "Esc",
            "Facebook", "WeChat", "LINE", "Zalo", "Telegram", "TikTok", "WhatsApp"); // messengers' names
    // what the browser's English fallback writes: month abbreviations and language names
    private static final Pattern ENGLISH_IN_VIETNAMESE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|English|Chinese|Thai|Vietnamese|Lao|Burmese)\\b");

    /** The words of every text and label in the page's own language (not in elements marked otherwise). */
    static final String WORDS_IN_PAGE_LANGUAGE = """
            const lang = document.documentElement.lang;
            const own = (el) => { const marked = el.closest('[lang]'); return !marked || marked.lang === lang; };
            const heading = document.querySelector('#w-title');
            // a warning's title is its text's, in the language it is written in
            const title = heading && !own(heading) ? document.title.replace(heading.textContent, '') : document.title;
            const texts = [title];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!el || el.closest('script, style, bdi, .sources, [hidden]') || !own(el)) continue;
              texts.push(n.nodeValue);
            }
            for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
              if (!own(el)) continue;
              for (const a of ['aria-label', 'placeholder', 'title', 'alt']) if (el.hasAttribute(a)) texts.push(el.getAttribute(a));
            }
            const fallbacks = [...document.querySelectorAll('[data-i18n][lang=en]')].map((el) => el.dataset.i18n);
            return [texts.join('\\n'), fallbacks.join(' ')];
            """;

    @Autowired
    WarningFixtures fixtures;

    @BeforeEach
    void warnings() {
        fixtures.replaceAllWith(SiteWarnings.mixed());
    }

    @Test
    void everyPageSpeaksOnlyItsLanguage(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        for (String lang : LANGUAGES) {
            check(browser, lang, "/?lang=" + lang, "#warnings .warning-item time");
            check(browser, lang, "/warning.html?slug=free-trip-lao&lang=" + lang, "#warning .dates time");
            check(browser, lang, "/warning.html?slug=casino-typing-jobs&lang=" + lang, "#warning .dates time");
            check(browser, lang, "/check.html?lang=" + lang, "#emergency-list li");
            check(browser, lang, "/report.html?lang=" + lang, "#emergency-list li");
            check(browser, lang, "/my-report.html?lang=" + lang, "#emergency-list li");
        }
    }

    @Test
    void namesLanguagesAndMonthsInTheReadersLanguage(Browser browser) {
        browser.open("/warning.html?slug=free-trip-lao&lang=km");
        browser.find(By.cssSelector("#warning .dates time"));
        assertThat(browser.text(By.cssSelector("#warning .languages")))
                .contains("មិនទាន់មានជាភាសាខ្មែរ", "ឡាវ").doesNotContain("Khmer", "Lao");
        assertThat(browser.text(By.cssSelector("#warning .dates time"))).isEqualTo("1 មីនា 2026");

        browser.open("/warning.html?slug=free-trip-lao&lang=my");
        assertThat(browser.find(By.cssSelector("#warning .dates time")).getText()).isEqualTo("၂၀၂၆ မတ် ၁");
        browser.open("/warning.html?slug=free-trip-lao&lang=lo");
        assertThat(browser.find(By.cssSelector("#warning .dates time")).getText()).isEqualTo("1 ມ.ນ. 2026");
        browser.open("/warning.html?slug=free-trip-lao&lang=th");
        assertThat(browser.find(By.cssSelector("#warning .dates time")).getText()).isEqualTo("1 มี.ค. 2569");
    }

    private static void check(Browser browser, String lang, String path, String ready) {
        browser.open(path);
        browser.find(By.cssSelector(ready));
        browser.waitUntil(d -> lang.equals(browser.js("return document.documentElement.lang")));
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 360 px on %s", path).isTrue();
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.js(WORDS_IN_PAGE_LANGUAGE);
        String text = found.get(0);
        assertThat(found.get(1)).as("interface texts shown in English on %s", path).isEmpty();
        if (lang.equals("en")) {
            return;
        }
        if (lang.equals("vi")) {
            assertThat(ENGLISH_IN_VIETNAMESE.matcher(text).results().map(r -> r.group()).toList())
                    .as("English words on %s", path).isEmpty();
            return;
        }
        List<String> latin = Pattern.compile("[A-Za-z][A-Za-z'’-]*").matcher(text).results().map(r -> r.group())
                .filter(word -> !NAMES.contains(word)).distinct().toList();
        assertThat(latin).as("Latin words in the %s page %s", lang, path).isEmpty();
    }
}
