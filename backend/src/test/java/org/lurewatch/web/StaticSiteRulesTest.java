package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules of web-static/ that a reader of the files can check without a browser: what the
 * Content Security Policy would refuse, requests to other sites, unsafe DOM writes, labels.
 */
class StaticSiteRulesTest {

    private static final Path SITE = Stream.of(Path.of("../web-static"), Path.of("web-static"))
            .filter(Files::isDirectory).findFirst().orElseThrow();

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(SITE)) {
            return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    void pagesHaveNothingTheContentSecurityPolicyRefusesAndNoOtherSite() throws IOException {
        for (Path page : files(".html")) {
            String html = Files.readString(page);
            assertThat(html).as(page.toString())
                    .contains("<meta name=\"referrer\" content=\"no-referrer\">")
                    .contains("<meta name=\"viewport\"")
                    .containsPattern("<html lang=\"[a-z]{2}\">")
                    .doesNotContainPattern("\\sstyle=")
                    .doesNotContainPattern("\\son[a-z]+=")
                    .doesNotContainPattern("(?i)javascript:")
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                    .doesNotContainPattern("<style")
                    .doesNotContainPattern("(?:src|href|action)=\"(?:https?:)?//");
        }
    }

    @Test
    void everyFieldHasALabel() throws IOException {
        Pattern field = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"([^\"]+)\"");
        for (Path page : files(".html")) {
            String html = Files.readString(page);
            assertThat(html).as(page.toString()).doesNotContainPattern("<(input|select|textarea)\\b(?![^>]*\\bid=)");
            Matcher m = field.matcher(html);
            while (m.find()) {
                assertThat(html).as(page + ": label for #" + m.group(2)).contains("<label for=\"" + m.group(2) + "\"");
            }
        }
    }

    @Test
    void scriptsNeverWriteMarkupNorCallOtherSites() throws IOException {
        for (Path script : files(".js")) {
            String js = Files.readString(script);
            assertThat(js).as(script.toString())
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function")
                    .doesNotContainPattern("https?://")
                    .doesNotContainPattern("document\\.cookie");
            long lines = js.lines().count();
            if (!script.endsWith("strings.js")) { // the string table is data, one block per language
                assertThat(lines).as(script + " stays readable").isLessThan(300);
            }
        }
        for (Path css : files(".css")) {
            String text = Files.readString(css);
            assertThat(text).as(css.toString()).doesNotContainPattern("url\\(\\s*['\"]?(?:https?:)?//");
            // fonts only from the site's own folder, each file present, with its licence beside it
            java.util.regex.Matcher font = java.util.regex.Pattern.compile("@font-face\\s*\\{[^}]*?url\\(([^)]+)\\)").matcher(text);
            while (font.find()) {
                String url = font.group(1).replaceAll("['\"]", "");
                assertThat(url).as(css + " font").startsWith("/fonts/");
                assertThat(SITE.resolve(url.substring(1))).as(url).isRegularFile();
                assertThat(SITE.resolve("fonts/OFL.txt")).isRegularFile();
            }
        }
    }
}
