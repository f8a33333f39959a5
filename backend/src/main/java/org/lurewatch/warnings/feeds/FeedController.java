package org.lurewatch.warnings.feeds;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.Language;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningCatalogue;
import org.lurewatch.warnings.WarningFilter;
import org.lurewatch.warnings.store.WarningStore;
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
 * Machine-readable feeds for NGOs: Atom for the list, CAP 1.2 per warning. Both answer
 * conditional GETs (ETag, Last-Modified) with 304, so frequent polling costs almost nothing.
 */
@RestController
@EnableConfigurationProperties(FeedProperties.class)
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");
    private static final int MAX_ENTRIES = 100;

    private final WarningCatalogue catalogue;
    private final WarningStore store;
    private final FeedProperties props;

    FeedController(WarningCatalogue catalogue, WarningStore store, FeedProperties props) {
        this.catalogue = catalogue;
        this.store = store;
        this.props = props;
    }

    @GetMapping("/feeds/warnings.atom")
    ResponseEntity<String> atom(@RequestParam(defaultValue = "en") String lang,
            @RequestParam(required = false) Category category, @RequestParam(required = false) String country,
            WebRequest request) {
        Language language = Language.parse(lang).orElseThrow(() -> new org.lurewatch.common.UserInputException("lang",
                "lang must be one of en, zh, th, vi, lo, km, my"));
        WarningFilter filter = new WarningFilter(category == null ? Set.of() : Set.of(category),
                country == null ? Set.of() : Set.of(CountryCodes.require(country, "country")), Set.of(), null, null, false);
        List<Warning> warnings = catalogue.find(filter).stream().limit(MAX_ENTRIES).toList();
        Instant updated = warnings.stream().map(Warning::updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        String etag = "\"" + catalogue.snapshot().version() + "-" + language + "-" + category + "-" + country + "\"";
        if (request.checkNotModified(etag, updated.toEpochMilli())) {
            return null;
        }
        String self = props.baseUrl() + "/feeds/warnings.atom?lang=" + language
                + (category == null ? "" : "&category=" + category) + (country == null ? "" : "&country=" + country);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic())
                .body(AtomFeed.write(warnings, language, self, updated, props));
    }

    @GetMapping("/feeds/cap/{id}.xml")
    ResponseEntity<String> cap(@PathVariable String id, WebRequest request) {
        // once published, a warning always has an alert: withdrawn ones answer with a Cancel
        Warning w = store.byIds(List.of(id)).stream().findFirst().filter(found -> found.publishedAt() != null).orElse(null);
        if (w == null) {
            return ResponseEntity.notFound().build();
        }
        String etag = "\"" + w.id() + "-" + w.updatedAt().toEpochMilli() + "-" + w.status() + "\"";
        if (request.checkNotModified(etag, w.updatedAt().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().contentType(CAP).cacheControl(CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic())
                .body(CapAlert.write(w, props));
    }
}
