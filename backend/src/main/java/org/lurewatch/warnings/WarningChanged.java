package org.lurewatch.warnings;

/** Published when a warning is created, edited, published or archived, so readers refresh. */
public record WarningChanged(String warningId, String slug, WarningStatus status) {
}
