package org.lurewatch.warnings.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.hash.Hashing;
import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.Language;
import org.lurewatch.common.ServerTexts;
import org.lurewatch.common.UserInputException;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningCatalogue;
import org.lurewatch.warnings.WarningFilter;
import org.lurewatch.warnings.publication.PublicationHead;
import org.lurewatch.warnings.publication.PublicationLog;
import org.lurewatch.warnings.publication.PublicationMessage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Machine-readable feeds for NGOs: Atom for the list, CAP 1.2 per warning, both built only from
 * what was published. Both answer conditional GETs with 304: the ETag is a hash of the bytes
 * (the same after a restart and on every instance), and Last-Modified moves with every
 * publication, edit and withdrawal.
 */
@RestController
@EnableConfigurationProperties(FeedProperties.class)
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");
    static final int PAGE_SIZE = 100;
    static final int MAX_COUNTRIES = 20;

    private final WarningCatalogue catalogue;
    private final PublicationLog publications;
    private final FeedProperties props;
    private final ServerTexts texts;
    private final Clock clock;
    /**
     * Withdrawals read from the log, per catalogue version: every feed request would otherwise read
     * the log (a scan on the embedded server). A few seconds at most, so that a withdrawal recorded
     * on another instance after this one's catalogue moved is seen soon.
     */
    private final Cache<Long, List<PublicationHead>> withdrawals = Caffeine.newBuilder().maximumSize(4)
            .expireAfterWrite(Duration.ofSeconds(5)).build();

    FeedController(WarningCatalogue catalogue, PublicationLog publications, FeedProperties props, Clock clock,
            ServerTexts texts) {
        this.catalogue = catalogue;
        this.publications = publications;
        this.props = props;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/feeds/warnings.atom")
    ResponseEntity<String> atom(@RequestParam(defaultValue = "en") String lang,
            @RequestParam(required = false) List<Category> category, @RequestParam(required = false) List<String> country,
            @RequestParam(required = false) String page, WebRequest request) {
        Language language = Language.parse(lang).orElseThrow(() -> new UserInputException("lang",
                "lang must be one of en, zh, th, vi, lo, km, my"));
        Set<Category> categories = category == null ? Set.of() : Set.copyOf(category);
        if (country != null && country.size() > MAX_COUNTRIES) {
            throw new UserInputException("country", "country may be given at most " + MAX_COUNTRIES + " times (was "
                    + country.size() + ")");
        }
        Set<String> countries = country == null ? Set.of() : country.stream().map(c -> CountryCodes.require(c, "country"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        int pageNumber = pageNumber(page);
        WarningFilter filter = new WarningFilter(categories, countries, Set.of(), null, null, false);
        List<Warning> all = catalogue.find(filter);
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Warning> entries = all.stream().skip((long) (pageNumber - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList();
        List<PublicationHead> gone = withdrawnSince().stream()
                .filter(h -> categories.isEmpty() || categories.contains(h.category()))
                .filter(h -> countries.isEmpty() || h.countries().stream().anyMatch(countries::contains))
                .toList();
        // over the whole feed, not this page: a change anywhere moves every page's date
        Instant updated = java.util.stream.Stream.concat(all.stream().map(Warning::updatedAt),
                gone.stream().map(PublicationHead::lastAt)).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        String pageUrl = props.baseUrl() + "/feeds/warnings.atom?lang=" + language
                + categories.stream().sorted().map(c -> "&category=" + c).collect(Collectors.joining())
                + countries.stream().map(c -> "&country=" + c).collect(Collectors.joining()) + "&";
        String body = AtomFeed.write(new AtomFeed.Page(entries, pageNumber == 1 ? gone : List.of(), language, pageUrl,
                pageNumber, pages, updated), props);
        if (request.checkNotModified(etagOf(body), updated.toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic())
                .body(body);
    }

    private List<PublicationHead> withdrawnSince() {
        return withdrawals.get(catalogue.snapshot().version(),
                v -> publications.withdrawnSince(clock.instant().minus(props.tombstonePeriod())));
    }

    private static int pageNumber(String page) {
        if (page == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page);
            if (n >= 1 && n <= 100_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the same answer as a number out of range
        }
        throw new UserInputException("page", "page must be a whole number from 1 to 100000 (was '"
                + (page.length() > 20 ? page.substring(0, 20) + "…" : page) + "')");
    }

    @GetMapping("/feeds/cap/{id}.xml")
    ResponseEntity<String> cap(@PathVariable String id, WebRequest request) {
        // a warning never published has no message; a withdrawn one ends with its Cancel
        List<PublicationMessage> lineage = id.length() > 64 ? List.of() : publications.messages(id);
        if (lineage.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String body = CapAlert.write(lineage, props, texts);
        Instant sent = lineage.get(lineage.size() - 1).at();
        if (request.checkNotModified(etagOf(body), sent.toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().contentType(CAP).cacheControl(CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic())
                .body(body);
    }

    /** From the bytes alone: equal on every instance and after every restart exactly when the feed is. */
    static String etagOf(String body) {
        return "\"" + Hashing.sha256().hashString(body, StandardCharsets.UTF_8).toString().substring(0, 32) + "\"";
    }
}
