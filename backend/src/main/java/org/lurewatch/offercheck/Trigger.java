package org.lurewatch.offercheck;

/**
 * Words in the checked text that made a rule fire, exactly as written there.
 *
 * @param text  the original substring, e.g. "Training Fee"
 * @param start offset in the original text (UTF-16 units)
 * @param end   offset just past the last char
 */
public record Trigger(String text, int start, int end) {
}
