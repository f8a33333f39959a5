package org.lurewatch.warnings.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.lurewatch.common.Language;
import org.lurewatch.common.UserInputException;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningCatalogue;
import org.lurewatch.warnings.feeds.FeedProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A shared warning as messengers see it. Their crawlers run no JavaScript, so the warning page
 * ({@code /warning.html?slug=…}) is answered here: the site's own static page with Open Graph tags
 * (title, summary, image, address, locale) filled in for the warning, in the language the link
 * asks for ({@code content=}, else {@code lang=}, else English, through the warning's fallback
 * chain); for an unknown slug, the page as it is, marked not to be indexed. The page itself then
 * loads the warning as before. The image is drawn by
 * {@link WarningCard}. Both are built only from what is published, and kept 5 minutes by browsers
 * and proxies. Every other page of the site stays a static file.
 */
@RestController
class WarningSharePage {

    private static final String TEMPLATE = "static/warning.html";
    private static final CacheControl PAGE_CACHE = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
    private static final CacheControl IMAGE_CACHE = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final Map<Language, String> LOCALES = Map.of(Language.en, "en_US", Language.zh, "zh_CN",
            Language.th, "th_TH", Language.vi, "vi_VN", Language.lo, "lo_LA", Language.km, "km_KH", Language.my, "my_MM");

    private final WarningCatalogue catalogue;
    private final String baseUrl;
    private final String template;
    private final WarningCard card = new WarningCard();
    /** Cards by warning version and language: at most the published warnings × 7 are ever drawn. */
    private final Cache<String, byte[]> cards = Caffeine.newBuilder().maximumSize(500)
            .expireAfterAccess(Duration.ofHours(6)).build();
    /**
     * Drawing a card takes 50 to 250 ms of CPU: one at a time (and each request for a card pays a
     * public read in the read filter), so asking for every card in every language cannot take the cores.
     */
    private final Semaphore drawing = new Semaphore(1);

    WarningSharePage(WarningCatalogue catalogue, FeedProperties feeds) {
        this.catalogue = catalogue;
        this.baseUrl = feeds.baseUrl();
        this.template = read(TEMPLATE);
    }

    private static String read(String resource) {
        try (InputStream in = WarningSharePage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not in the jar (web-static/ is copied to static/ by the build)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/warning.html")
    ResponseEntity<String> page(@RequestParam(required = false) String slug, @RequestParam(required = false) String content,
            @RequestParam(required = false) String lang) {
        if (slug == null || slug.isBlank()) {
            return ResponseEntity.ok().contentType(HTML).cacheControl(PAGE_CACHE).body(template);
        }
        Optional<Warning> warning = catalogue.bySlug(slug);
        if (warning.isEmpty()) {
            // 200 as the static page always answered (a 404 would be logged in the reader's console);
            // the page says "no such warning" in the reader's language, and crawlers are told not to index it
            return ResponseEntity.ok().contentType(HTML).cacheControl(PAGE_CACHE)
                    .body(template.replace("</head>", "  <meta name=\"robots\" content=\"noindex\">\n</head>"));
        }
        Language wanted = Language.parse(content).or(() -> Language.parse(lang)).orElse(Language.en);
        return warning.get().translationFor(wanted)
                .map(text -> ResponseEntity.ok().contentType(HTML).cacheControl(PAGE_CACHE)
                        .body(withTags(warning.get(), text.getKey(), text.getValue())))
                .orElseGet(() -> ResponseEntity.ok().contentType(HTML).cacheControl(PAGE_CACHE).body(template));
    }

    @GetMapping(value = "/warning-card/{lang}/{slug}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> image(@PathVariable String lang, @PathVariable String slug)
            throws InterruptedException {
        Language wanted = Language.parse(lang).filter(l -> l.name().equals(lang)).orElseThrow(() -> new UserInputException(
                "lang", "lang must be one of en, zh, th, vi, lo, km, my"));
        Warning warning = catalogue.bySlug(slug).orElse(null);
        Map.Entry<Language, Translation> text = warning == null ? null : warning.translationFor(wanted).orElse(null);
        if (text == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        String key = warning.id() + "@" + warning.version() + "@" + warning.updatedAt() + "@" + text.getKey();
        byte[] png = cards.getIfPresent(key);
        if (png == null) {
            if (!drawing.tryAcquire(5, TimeUnit.SECONDS)) {
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                        .cacheControl(CacheControl.noStore()).build();
            }
            try {
                png = cards.get(key, k -> card.png(text.getValue().title(), text.getKey(), warning.severity()));
            } finally {
                drawing.release();
            }
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(IMAGE_CACHE).body(png);
    }

    private String withTags(Warning warning, Language language, Translation text) {
        String address = baseUrl + "/warning.html?slug=" + encode(warning.slug()) + "&content=" + language.name();
        String image = baseUrl + "/warning-card/" + language.name() + "/" + encode(warning.slug()) + ".png";
        String tags = "\n  <meta name=\"description\" content=\"" + attr(text.summary()) + "\">"
                + "\n  <meta property=\"og:type\" content=\"article\">"
                + "\n  <meta property=\"og:site_name\" content=\"LureWatch\">"
                + "\n  <meta property=\"og:title\" content=\"" + attr(text.title()) + "\">"
                + "\n  <meta property=\"og:description\" content=\"" + attr(text.summary()) + "\">"
                + "\n  <meta property=\"og:url\" content=\"" + attr(address) + "\">"
                + "\n  <meta property=\"og:locale\" content=\"" + LOCALES.get(language) + "\">"
                + "\n  <meta property=\"og:image\" content=\"" + attr(image) + "\">"
                + "\n  <meta property=\"og:image:type\" content=\"image/png\">"
                + "\n  <meta property=\"og:image:width\" content=\"" + WarningCard.WIDTH + "\">"
                + "\n  <meta property=\"og:image:height\" content=\"" + WarningCard.HEIGHT + "\">"
                + "\n  <meta property=\"og:image:alt\" content=\"" + attr(text.title()) + "\">"
                + "\n  <meta name=\"twitter:card\" content=\"summary_large_image\">\n";
        return template
                .replace("<html lang=\"en\">", "<html lang=\"" + language.name() + "\">")
                .replace("<title>Warning — LureWatch</title>", "<title>" + attr(text.title()) + " — LureWatch</title>")
                .replace("</head>", tags + "</head>");
    }

    private static String attr(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
