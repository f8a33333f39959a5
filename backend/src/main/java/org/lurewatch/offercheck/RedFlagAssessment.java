package org.lurewatch.offercheck;

import java.util.List;

/**
 * The outcome of checking one offer.
 *
 * @param level       how worried to be; never "safe"
 * @param totalWeight the summed weight of the red flags found
 * @param hits        the red flags, strongest first
 */
public record RedFlagAssessment(RiskLevel level, int totalWeight, List<RedFlagHit> hits) {

    public RedFlagAssessment {
        hits = List.copyOf(hits);
    }
}
