package org.lurewatch.indicators.extraction;

import java.util.List;
import org.lurewatch.indicators.ExtractedIndicator;

/** Overlap tests between found indicators; the lists are short, so a scan is fine. */
final class Spans {

    private Spans() {
    }

    static boolean overlaps(int start, int end, List<ExtractedIndicator> found) {
        for (ExtractedIndicator f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** Drops trailing sentence punctuation that a greedy pattern took along: "example.com)." */
    static int trimTrailingPunctuation(String text, int start, int end) {
        int e = end;
        while (e > start && ".,;:!?'\")]}。，、".indexOf(text.charAt(e - 1)) >= 0) {
            if (text.charAt(e - 1) == ')' && text.lastIndexOf('(', e - 1) >= start) {
                break; // a balanced bracket belongs to the link, as in Wikipedia-style paths
            }
            e--;
        }
        return e;
    }
}
