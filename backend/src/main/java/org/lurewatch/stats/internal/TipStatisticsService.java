package org.lurewatch.stats.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.UserInputException;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.warnings.Category;
import org.lurewatch.tips.TipCount;
import org.lurewatch.tips.TipRecords;
import org.springframework.stereotype.Service;

/**
 * Public tip statistics by month, category, country and channel, under the {@link Disclosure} rule.
 *
 * <p>The cells listed depend only on the question (dimensions and months), never on the data:
 * every combination of every category, every country of the region (the rest of the world as one
 * {@link #OTHER_COUNTRIES} cell), every channel and every month asked for is listed, and a cell
 * with no tip is suppressed exactly like one with a few. Listing only cells that had a tip told
 * anyone that at least one tip existed for that country, channel and month.
 */
@Service
public class TipStatisticsService {

    static final int MAX_MONTHS = 60;
    /** The country of the cell that counts every tip about a country outside the region. */
    public static final String OTHER_COUNTRIES = "OTHER";
    /** Cells in one answer at most: all four dimensions over 35 months (280 cells a month). */
    static final int MAX_CELLS = 10_000;

    public enum Dimension { CATEGORY, COUNTRY, CHANNEL, MONTH }

    /** One published cell: the grouped facets (null where not grouped by) and the figure. */
    public record Cell(TipCount facets, Long count) {
        public boolean suppressed() {
            return count == null;
        }
    }

    public record Statistics(YearMonth from, YearMonth to, List<Cell> cells, Long total, int threshold, int roundedTo) {
    }

    private final TipRecords tips;
    private final Clock clock;
    private final Cache<String, List<TipCount>> exact = Caffeine.newBuilder()
            .maximumSize(200).expireAfterWrite(Duration.ofMinutes(10)).build();

    TipStatisticsService(TipRecords tips, Clock clock) {
        this.tips = tips;
        this.clock = clock;
    }

    public Statistics statistics(List<Dimension> groupBy, String fromText, String toText) {
        YearMonth to = toText == null ? YearMonth.now(clock.withZone(ZoneOffset.UTC)) : month(toText, "to");
        YearMonth from = fromText == null ? to.minusMonths(11) : month(fromText, "from");
        if (from.isAfter(to)) {
            throw new UserInputException("from", "from (" + from + ") must not be after to (" + to + ")");
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new UserInputException("from", "at most " + MAX_MONTHS + " months can be asked for at once");
        }
        Set<Dimension> dims = groupBy == null || groupBy.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(groupBy);
        List<TipCount> counts = exact.get(from + ".." + to, k -> tips.countsByMonth(from, to));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<YearMonth> monthAxis = dims.contains(Dimension.MONTH) ? months : nullAxis();
        List<Category> categories = dims.contains(Dimension.CATEGORY) ? List.of(Category.values()) : nullAxis();
        List<String> countries = dims.contains(Dimension.COUNTRY) ? COUNTRIES : nullAxis();
        List<TipChannel> channels = dims.contains(Dimension.CHANNEL) ? List.of(TipChannel.values()) : nullAxis();
        long size = (long) monthAxis.size() * categories.size() * countries.size() * channels.size();
        if (size > MAX_CELLS) {
            throw new UserInputException("from", "that grouping over " + months.size() + " months has " + size
                    + " cells; at most " + MAX_CELLS + " are answered at once: ask for fewer months or fewer dimensions");
        }
        Map<TipCount, Long> grouped = new HashMap<>();
        long total = 0;
        for (TipCount c : counts) {
            TipCount key = new TipCount(dims.contains(Dimension.CATEGORY) ? c.category() : null,
                    dims.contains(Dimension.COUNTRY) ? countryCell(c.country()) : null,
                    dims.contains(Dimension.CHANNEL) ? c.channel() : null,
                    dims.contains(Dimension.MONTH) ? c.month() : null, 0);
            grouped.merge(key, c.count(), Long::sum);
            total += c.count();
        }
        List<Cell> cells = new ArrayList<>((int) size);
        for (YearMonth month : monthAxis) {
            for (Category category : categories) {
                for (String country : countries) {
                    for (TipChannel channel : channels) {
                        TipCount key = new TipCount(category, country, channel, month, 0);
                        cells.add(new Cell(key, Disclosure.publish(grouped.getOrDefault(key, 0L))));
                    }
                }
            }
        }
        return new Statistics(from, to, cells, Disclosure.publish(total), Disclosure.THRESHOLD, Disclosure.BASE);
    }

    /** The region's countries in a fixed order, then the rest of the world as one cell. */
    static final List<String> COUNTRIES = java.util.stream.Stream.concat(CountryCodes.REGION.stream().sorted(),
            java.util.stream.Stream.of(OTHER_COUNTRIES)).toList();

    static String countryCell(String country) {
        return CountryCodes.REGION.contains(country) ? country : OTHER_COUNTRIES;
    }

    /** One null entry: the dimension is not grouped by. */
    private static <T> List<T> nullAxis() {
        return java.util.Collections.singletonList(null);
    }

    private static YearMonth month(String text, String field) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserInputException(field, field + " is a month written YYYY-MM, e.g. 2026-11");
        }
    }
}
