package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The site's own fonts: on this machine Chromium has no system font for Khmer, Burmese or Thai
 * (only DejaVu, which covers Lao), so what renders there renders with the shipped Noto subsets.
 * Each page in each language stays under 100 KB on the wire on a first visit, fonts included,
 * as the browser counts it (Resource Timing).
 */
@BrowserTest
class FontsBrowserTest {

    private static final Map<String, String> FAMILY = Map.of("th", "LW Thai", "lo", "LW Lao", "km", "LW Khmer", "my", "LW Myanmar");
    private static final Map<String, String> SAMPLE = Map.of("th", "ภาษาไทย", "lo", "ພາສາລາວ", "km", "ភាសាខ្មែរ", "my", "မြန်မာဘာသာ");
    private static final List<String> PAGES = List.of("/", "/warning.html?slug=fishing-boat", "/check.html", "/report.html",
            "/my-report.html", "/weather.html");

    /**
     * Every request the page made, as [url, transferSize, encodedBodySize], once fonts and data have
     * arrived and no request has ended for 150 ms (a fixed pause cost every one of the 42 pages its
     * full length). Chromium also lists fonts it already holds in memory from an earlier page though
     * this page draws nothing with them: a font counts only when its face is loaded here.
     */
    private static final String REQUESTS = """
            let seen = -1;
            while (seen !== performance.getEntriesByType('resource').length) {
              seen = performance.getEntriesByType('resource').length;
              await document.fonts.ready;
              await new Promise((resolve) => setTimeout(resolve, 150));
              await document.fonts.ready;
            }
            const loaded = new Set([...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')));
            const used = new Set();
            for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) {
              if (rule instanceof CSSFontFaceRule && loaded.has(rule.style.getPropertyValue('font-family').replace(/"/g, '').trim())) {
                used.add(new URL(rule.style.getPropertyValue('src').match(/url\\("?([^")]+)/)[1], sheet.href).href);
              }
            }
            return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
              .filter((e) => !e.name.endsWith('.woff2') || used.has(e.name))
              .map((e) => [e.name, e.transferSize, e.encodedBodySize]);
            """;

    private static final String FONT_STATUS = """
            const status = {};
            for (const face of document.fonts) status[face.family.replace(/"/g, '')] = face.status;
            return status;
            """;

    @Autowired
    WarningFixtures fixtures;

    @BeforeEach
    void warnings() {
        fixtures.replaceAllWith(SiteWarnings.mixed());
    }

    @Test
    void eachScriptRendersWithItsShippedFontLoadedOnlyForItsLanguage(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        for (String lang : FAMILY.keySet()) {
            browser.open("/check.html?lang=" + lang);
            browser.find(By.cssSelector("#emergency-list li"));
            browser.js("return document.fonts.ready.then(() => true)");
            @SuppressWarnings("unchecked")
            Map<String, String> status = (Map<String, String>) browser.js(FONT_STATUS);
            assertThat(status).as("fonts on the %s check page", lang).containsEntry(FAMILY.get(lang), "loaded");
            FAMILY.forEach((other, family) -> {
                if (!other.equals(lang)) {
                    assertThat(status).as("another script's font on the %s page", lang).containsEntry(family, "unloaded");
                    assertThat(status).as("its name for the language links").containsEntry(family + " name", "loaded");
                }
            });
            assertThat(browser.js("return document.fonts.check(arguments[0], arguments[1])",
                    "16px \"" + FAMILY.get(lang) + "\"", SAMPLE.get(lang))).isEqualTo(true);
            // the glyphs drawn are the font's: a span in the page's family measures as one in the shipped font only
            assertThat(browser.js("""
                    const width = (family) => {
                      const span = document.createElement('span');
                      span.textContent = arguments[0];
                      span.style.cssText = `font: 40px ${family}; position: absolute; white-space: nowrap`;
                      document.body.append(span);
                      const w = span.getBoundingClientRect().width;
                      span.remove();
                      return w;
                    };
                    return width(getComputedStyle(document.querySelector('main p, main h1')).fontFamily) === width(`"${arguments[1]}"`);
                    """, SAMPLE.get(lang), FAMILY.get(lang))).as("%s text drawn in the shipped font", lang).isEqualTo(true);
        }
        browser.open("/check.html?lang=en");
        browser.find(By.cssSelector("#emergency-list li"));
        @SuppressWarnings("unchecked")
        Map<String, String> english = (Map<String, String>) browser.js("return document.fonts.ready.then(() => { " + FONT_STATUS + " })");
        FAMILY.values().forEach(family -> assertThat(english).containsEntry(family, "unloaded"));
    }

    @Test
    void everyPageInEveryLanguageStaysUnder100KilobytesWithItsFonts(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        // bytes of a URL the first time this browser fetched it: later pages read it from the cache
        Map<String, Long> firstFetch = new HashMap<>();
        Map<String, Long> heaviest = new LinkedHashMap<>();
        for (String lang : NoEnglishBrowserTest.LANGUAGES) {
            for (String page : PAGES) {
                String path = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
                browser.open(path);
                browser.find(By.cssSelector(page.startsWith("/weather") ? "body" : "#emergency-list li"));
                @SuppressWarnings("unchecked")
                List<List<Object>> requests = (List<List<Object>>) browser.js(REQUESTS);
                long total = 0;
                for (List<Object> r : requests) {
                    String url = (String) r.get(0);
                    long transferred = ((Number) r.get(1)).longValue();
                    if (transferred > 0) {
                        firstFetch.putIfAbsent(url, transferred);
                    }
                    assertThat(url).as("requests stay on the site").startsWith(browser.url("/"));
                    total += firstFetch.getOrDefault(url, ((Number) r.get(2)).longValue());
                }
                System.out.printf("page weight in browser %-45s %,7d bytes, %d requests%n", path, total, requests.size());
                heaviest.merge(lang, total, Math::max);
                assertThat(total).as("bytes on the wire for %s on a first visit: %s", path, requests)
                        .isLessThan(PageWeightTest.BUDGET_BYTES);
            }
        }
        System.out.println("heaviest page per language: " + heaviest);
    }
}
