package org.lurewatch.indicators;

import java.util.List;
import java.util.Objects;

/**
 * An indicator found in free text, with where it was found so the page can highlight it.
 *
 * @param indicator the normalised indicator
 * @param start     offset of the first char of {@code raw} in the text (UTF-16 units)
 * @param end       offset just past the last char
 * @param raw          the text exactly as written there, e.g. "LINE ID: somchai88" or "081-234-5678"
 * @param alternatives other readings that stay plausible: a national number valid in two
 *                     countries the text gives equal reason for ("0812345678" alone is Thai,
 *                     Vietnamese or Burmese), shown beside {@code indicator} rather than guessed
 */
public record ExtractedIndicator(Indicator indicator, int start, int end, String raw, List<Indicator> alternatives) {

    public ExtractedIndicator(Indicator indicator, int start, int end, String raw) {
        this(indicator, start, end, raw, List.of());
    }

    public ExtractedIndicator {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(raw, "raw");
        alternatives = List.copyOf(alternatives);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
