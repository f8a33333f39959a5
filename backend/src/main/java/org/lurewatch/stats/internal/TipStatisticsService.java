package org.lurewatch.stats.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.lurewatch.common.UserInputException;
import org.lurewatch.tips.TipCount;
import org.lurewatch.tips.TipRecords;
import org.springframework.stereotype.Service;

/** Public tip statistics by month, category, country and channel, under the {@link Disclosure} rule. */
@Service
public class TipStatisticsService {

    static final int MAX_MONTHS = 60;

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
        Map<TipCount, Long> grouped = new LinkedHashMap<>();
        long total = 0;
        for (TipCount c : counts) {
            TipCount key = new TipCount(dims.contains(Dimension.CATEGORY) ? c.category() : null,
                    dims.contains(Dimension.COUNTRY) ? c.country() : null,
                    dims.contains(Dimension.CHANNEL) ? c.channel() : null,
                    dims.contains(Dimension.MONTH) ? c.month() : null, 0);
            grouped.merge(key, c.count(), Long::sum);
            total += c.count();
        }
        List<Cell> cells = new ArrayList<>();
        grouped.forEach((key, count) -> cells.add(new Cell(key, Disclosure.publish(count))));
        cells.sort(Comparator.comparing((Cell c) -> String.valueOf(c.facets().month()))
                .thenComparing(c -> String.valueOf(c.facets().category()))
                .thenComparing(c -> String.valueOf(c.facets().country()))
                .thenComparing(c -> String.valueOf(c.facets().channel())));
        return new Statistics(from, to, cells, Disclosure.publish(total), Disclosure.THRESHOLD, Disclosure.BASE);
    }

    private static YearMonth month(String text, String field) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserInputException(field, field + " is a month written YYYY-MM, e.g. 2026-11");
        }
    }
}
