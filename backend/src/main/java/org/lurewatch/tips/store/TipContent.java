package org.lurewatch.tips.store;

import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.tips.ReportingFor;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.tips.TipRecord;
import org.lurewatch.warnings.Category;

/** A tip's content after cleaning and checking, ready to be encrypted and stored. */
public record TipContent(Category category, String country, String place, TipChannel channel, String story,
        List<TipRecord.Indicator> indicators, boolean inDangerNow, Language language, ReportingFor reportingFor,
        String contact) {
}
