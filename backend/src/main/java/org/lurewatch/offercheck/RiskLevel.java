package org.lurewatch.offercheck;

/**
 * How worried a reader should be. There is deliberately no "safe": a lure the rules do not know
 * yet looks exactly like an honest offer, so the lowest level only says no known sign was found.
 */
public enum RiskLevel {
    HIGH,
    CAUTION,
    NO_KNOWN_SIGNS
}
