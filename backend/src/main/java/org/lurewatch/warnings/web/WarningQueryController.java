package org.lurewatch.warnings.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.Language;
import org.lurewatch.common.UserInputException;
import org.lurewatch.graphql.Connection;
import org.lurewatch.graphql.Paging;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Severity;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningCatalogue;
import org.lurewatch.warnings.WarningFilter;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The public read side of warnings; all data comes from the in-memory catalogue. */
@Controller
class WarningQueryController {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_TEXT = 200;

    private final WarningCatalogue catalogue;

    WarningQueryController(WarningCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @QueryMapping
    Connection<WarningView> warnings(@Argument WarningFilterInput filter, @Argument Language lang,
            @Argument Integer first, @Argument String after) {
        int size = Paging.first(first, DEFAULT_PAGE);
        List<Warning> matching = catalogue.find(filter == null ? WarningFilter.ALL : filter.toFilter());
        Connection<Warning> page = Paging.page(matching, size, after, WarningQueryController::cursorKey,
                WarningQueryController::sortsAfter);
        Language served = lang == null ? Language.en : lang;
        return new Connection<>(page.edges().stream()
                .map(e -> new Connection.Edge<>(WarningView.of(e.node(), served), e.cursor())).toList(),
                page.pageInfo(), page.totalCount());
    }

    @QueryMapping
    WarningView warning(@Argument String slug, @Argument Language lang) {
        return catalogue.bySlug(slug).map(w -> WarningView.of(w, lang == null ? Language.en : lang)).orElse(null);
    }

    @SubscriptionMapping
    Flux<WarningView> warningPublished(@Argument WarningFilterInput filter, @Argument Language lang) {
        Language served = lang == null ? Language.en : lang;
        return catalogue.publications(filter == null ? WarningFilter.ALL : filter.toFilter())
                .map(w -> WarningView.of(w, served));
    }

    @SchemaMapping(typeName = "Warning")
    String bodyHtml(WarningView view) {
        return catalogue.bodyHtml(view.warning(), view.language());
    }

    @QueryMapping
    WarningCountsView warningCounts() {
        WarningCatalogue.WarningCounts counts = catalogue.counts();
        return new WarningCountsView(counts.total(),
                counts.byCategory().entrySet().stream().map(e -> new CategoryCount(e.getKey(), e.getValue())).toList(),
                counts.byCountry().entrySet().stream().map(e -> new CountryCount(e.getKey(), e.getValue())).toList());
    }

    record WarningCountsView(int total, List<CategoryCount> byCategory, List<CountryCount> byCountry) {
    }

    record CategoryCount(Category category, int count) {
    }

    record CountryCount(String country, int count) {
    }

    private static String cursorKey(Warning w) {
        long at = w.publishedAt() == null ? Long.MIN_VALUE : w.publishedAt().toEpochMilli();
        return at + "|" + w.id();
    }

    /** Whether {@code w} comes after the item with this cursor key in the catalogue's order. */
    private static boolean sortsAfter(Warning w, String key) {
        String[] parts = key.split("\\|", 2);
        long at;
        try {
            at = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            throw new UserInputException("after", "after is not a cursor this API handed out; use pageInfo.endCursor");
        }
        String id = parts.length > 1 ? parts[1] : "";
        long mine = w.publishedAt() == null ? Long.MIN_VALUE : w.publishedAt().toEpochMilli();
        return mine < at || (mine == at && w.id().compareTo(id) > 0);
    }

    /** The GraphQL {@code WarningFilter} input, checked before use. */
    record WarningFilterInput(List<Category> categories, List<String> countries, List<Severity> severities,
            String text, java.time.Instant publishedAfter, Boolean includeExpired) {

        WarningFilter toFilter() {
            if (text != null && text.length() > MAX_TEXT) {
                throw new UserInputException("filter.text",
                        "filter.text is at most " + MAX_TEXT + " characters (was " + text.length() + ")");
            }
            Set<String> codes = countries == null ? Set.of()
                    : countries.stream().map(c -> CountryCodes.require(c, "filter.countries")).collect(Collectors.toSet());
            return new WarningFilter(
                    categories == null ? Set.of() : Set.copyOf(categories), codes,
                    severities == null ? Set.of() : Set.copyOf(severities),
                    text, publishedAfter, Boolean.TRUE.equals(includeExpired));
        }
    }

}
