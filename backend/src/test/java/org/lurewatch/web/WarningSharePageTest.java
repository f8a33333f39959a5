package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lurewatch.web.WarningFixtures.warning;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.warnings.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * A warning shared to a messenger: its address answers, without JavaScript (crawlers run none),
 * with Open Graph tags in the language the link names, escaped, and an image the server draws in
 * that language. {@link ShareWarningBrowserTest} clicks Share on the page.
 */
@SiteTest
class WarningSharePageTest {

    static final String SLUG = "fake-casino-jobs-share";
    /** Each language's title; the English one holds what must be escaped in an attribute. */
    static final Map<Language, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put(Language.en, "\"Typing jobs\" <b>at a casino</b> & a free flight");
        TITLES.put(Language.zh, "赌场打字工作和免费机票");
        TITLES.put(Language.th, "งานพิมพ์เอกสารในคาสิโนและตั๋วเครื่องบินฟรี");
        TITLES.put(Language.vi, "Việc đánh máy ở sòng bạc và vé máy bay miễn phí");
        TITLES.put(Language.lo, "ວຽກພິມເອກະສານໃນຄາສິໂນ ແລະ ປີ້ຍົນຟຣີ");
        TITLES.put(Language.km, "ការងារវាយអក្សរនៅកាស៊ីណូ និងសំបុត្រយន្តហោះឥតគិតថ្លៃ");
        TITLES.put(Language.my, "ကာစီနိုတွင် စာရိုက်အလုပ်နှင့် အခမဲ့ လေယာဉ်လက်မှတ်");
    }

    private static final Map<Language, String> LOCALES = Map.of(Language.en, "en_US", Language.zh, "zh_CN",
            Language.th, "th_TH", Language.vi, "vi_VN", Language.lo, "lo_LA", Language.km, "km_KH", Language.my, "my_MM");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    WarningFixtures fixtures;

    @BeforeEach
    void warnings() {
        load(fixtures);
    }

    /** The shared warning in seven languages, and one written in Lao only. */
    static void load(WarningFixtures fixtures) {
        WarningFixtures.Builder w = warning(SLUG).severity(Severity.HIGH).countries("KH");
        TITLES.forEach((lang, title) -> w.text(lang, title, summaryIn(lang)));
        fixtures.replaceAllWith(List.of(w.build(), warning("only-in-lao").text(Language.lo, "ທ່ຽວຟຣີ", "ສະຫຼຸບ").build()));
    }

    static String summaryIn(Language lang) {
        return lang == Language.en ? "They pay \"well\" & ask for <nothing>." : TITLES.get(lang) + " — " + lang.name();
    }

    @Test
    void theAddressCarriesItsPreviewInTheLinksLanguageWithoutJavaScript() throws Exception {
        for (Language lang : Language.ALL) {
            HttpResponse<String> page = get("/warning.html?slug=" + SLUG + "&content=" + lang.name(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=300", "public"));
            Map<String, String> og = openGraph(page.body());
            assertThat(og.get("og:title")).as(lang.name()).isEqualTo(TITLES.get(lang));
            assertThat(og.get("og:description")).isEqualTo(summaryIn(lang));
            assertThat(og.get("og:locale")).isEqualTo(LOCALES.get(lang));
            assertThat(og.get("og:url")).endsWith("/warning.html?slug=" + SLUG + "&content=" + lang.name());
            assertThat(page.body()).contains("<html lang=\"" + lang.name() + "\">", "<script type=\"module\" src=\"/js/warning.js\">");

            String image = og.get("og:image");
            assertThat(image).endsWith("/warning-card/" + lang.name() + "/" + SLUG + ".png");
            HttpResponse<byte[]> png = get(URI.create(image).getPath(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
            byte[] bytes = png.body();
            assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(read.getWidth()).isEqualTo(Integer.parseInt(og.get("og:image:width")));
            assertThat(read.getHeight()).isEqualTo(Integer.parseInt(og.get("og:image:height")));
            assertThat(bytes.length).as("a small image").isLessThan(150_000);
            if (lang != Language.zh) { // no Chinese font ships (WarningCard): on a server without one, no title
                assertThat(inkInTitleArea(read)).as("the title is drawn on the %s card", lang).isGreaterThan(2_000);
            }
        }
        // the escaping holds: nothing of the title became markup
        String english = get("/warning.html?slug=" + SLUG + "&content=en", HttpResponse.BodyHandlers.ofString()).body();
        assertThat(english).doesNotContain("<b>at a casino</b>", "<nothing>").contains("&quot;Typing jobs&quot; &lt;b&gt;");

        // the link's interface language picks the text when it names none; a missing text falls back
        assertThat(openGraph(get("/warning.html?slug=" + SLUG + "&lang=th", HttpResponse.BodyHandlers.ofString()).body())
                .get("og:title")).isEqualTo(TITLES.get(Language.th));
        assertThat(openGraph(get("/warning.html?slug=only-in-lao&content=km", HttpResponse.BodyHandlers.ofString()).body()))
                .containsEntry("og:title", "ທ່ຽວຟຣີ").containsEntry("og:locale", "lo_LA");

        HttpResponse<String> missing = get("/warning.html?slug=no-such-warning", HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(200); // the page says so; a 404 would be logged in the console
        assertThat(missing.body()).contains("/js/warning.js", "<meta name=\"robots\" content=\"noindex\">").doesNotContain("og:title");
        assertThat(get("/warning-card/xx/" + SLUG + ".png", HttpResponse.BodyHandlers.ofString()))
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(400))
                .satisfies(r -> assertThat(r.body()).contains("lang must be one of"));
        assertThat(get("/warning-card/en/no-such-warning.png", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    /** The og: (and twitter:) tags of a page, values unescaped. */
    static Map<String, String> openGraph(String html) {
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<meta (?:property|name)=\"((?:og|twitter):[a-z:_]+)\" content=\"([^\"]*)\">").matcher(html);
        while (m.find()) {
            tags.put(m.group(1), HtmlUtils.htmlUnescape(m.group(2)));
        }
        return tags;
    }

    /** Dark pixels where the title goes (below the brand line, above the foot). */
    private static int inkInTitleArea(BufferedImage image) {
        int ink = 0;
        for (int y = 180; y < image.getHeight() - 90; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (brightness < 200) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(), body);
    }
}
