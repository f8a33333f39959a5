package org.lurewatch.tips.submit;

import java.util.List;
import java.util.Objects;

import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.store.TipContent;

/**
 * Whether a retry sends the tip that is stored under its idempotency key. A retry carrying another
 * story (or place, contact, indicators...) is not a retry: silently keeping the first would drop
 * what the tipster wrote this time, so it is refused and the field named.
 */
final class RetryCheck {

    private RetryCheck() {
    }

    /** The first field in which the retry differs from the stored tip (as cleaned), or null when none does. */
    static String firstDifference(TipRecord stored, TipContent retry) {
        if (!Objects.equals(stored.story(), retry.story())) {
            return "story";
        }
        if (stored.category() != retry.category()) {
            return "category";
        }
        if (!Objects.equals(stored.country(), retry.country())) {
            return "country";
        }
        if (!Objects.equals(stored.place(), retry.place())) {
            return "place";
        }
        if (stored.channel() != retry.channel()) {
            return "channel";
        }
        if (!indicators(stored.indicators()).equals(indicators(retry.indicators()))) {
            return "indicators";
        }
        if (stored.inDangerNow() != retry.inDangerNow()) {
            return "inDangerNow";
        }
        if (stored.language() != retry.language()) {
            return "language";
        }
        if (stored.reportingFor() != retry.reportingFor()) {
            return "reportingFor";
        }
        if (!Objects.equals(stored.contact(), retry.contact())) {
            return "contact";
        }
        return null;
    }

    private static List<String> indicators(List<TipRecord.Indicator> indicators) {
        return indicators.stream().map(i -> i.type() + ":" + i.raw()).toList();
    }
}
