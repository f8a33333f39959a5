package org.lurewatch.warnings;

/** How much harm the lure can do, and how urgently people should hear about it. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
