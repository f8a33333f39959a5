package org.lurewatch.tips;

import java.time.YearMonth;

import org.lurewatch.warnings.Category;

/** How many tips arrived in one month for one lure category, country and channel. Exact: not for the public as is. */
public record TipCount(Category category, String country, TipChannel channel, YearMonth month, long count) {
}
