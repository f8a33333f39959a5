package org.lurewatch.warnings;

/** Where the facts of a warning come from. */
public record Source(String title, String url) {
}
