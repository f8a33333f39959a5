package org.lurewatch.tips.store;

import java.util.Map;

import org.lurewatch.tips.TipReportBand;
import org.springframework.stereotype.Component;

/**
 * The bands of confirmed reports per indicator link hash that the public may see, as last
 * published by triage from the tips staff confirmed. Replaced whole, only when triage publishes a
 * new snapshot: no submission changes it (a count moved by each tip told a trafficker naming their
 * own number that, and when, someone reported them).
 */
@Component
public class PublishedReports {

    private volatile Map<String, TipReportBand> bands = Map.of();

    public TipReportBand band(String linkHash) {
        return linkHash == null ? null : bands.get(linkHash);
    }

    public void replace(Map<String, TipReportBand> snapshot) {
        bands = Map.copyOf(snapshot);
    }
}
