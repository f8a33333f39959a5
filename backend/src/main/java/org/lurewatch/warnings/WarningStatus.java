package org.lurewatch.warnings;

/** Only {@link #PUBLISHED} warnings are ever shown to the public. */
public enum WarningStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
