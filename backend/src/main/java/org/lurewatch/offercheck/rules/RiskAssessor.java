package org.lurewatch.offercheck.rules;

import java.util.List;
import org.lurewatch.offercheck.RiskLevel;

/**
 * Turns the red flags of an offer into a {@link RiskLevel}.
 *
 * <p>Weights add up: one strong sign (weight 5, e.g. the employer keeps your passport) is reason
 * for caution, two signs together are a pattern. An indicator (phone, link, handle) that appears
 * in a published warning makes the offer HIGH on its own: that is a known lure, not a guess.
 */
public final class RiskAssessor {

    /** Total weight from which an offer is HIGH risk. */
    public static final int HIGH_WEIGHT = 6;
    /** Total weight from which an offer calls for CAUTION. */
    public static final int CAUTION_WEIGHT = 2;

    /**
     * @param matchedWarningIndicators how many indicators of the offer are in published warnings
     */
    public RiskLevel assess(List<FiredRule> fired, int matchedWarningIndicators) {
        if (matchedWarningIndicators < 0) {
            throw new IllegalArgumentException("matchedWarningIndicators must not be negative");
        }
        int total = totalWeight(fired);
        if (matchedWarningIndicators > 0 || total >= HIGH_WEIGHT) {
            return RiskLevel.HIGH;
        }
        return total >= CAUTION_WEIGHT ? RiskLevel.CAUTION : RiskLevel.NO_KNOWN_SIGNS;
    }

    /** Each fired rule counts once, however many of its phrases appear. */
    public static int totalWeight(List<FiredRule> fired) {
        return fired.stream().mapToInt(f -> f.rule().weight()).sum();
    }
}
