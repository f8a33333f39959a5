package org.lurewatch.offercheck.rules;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where the words of a text begin and end, by ICU's word break rules, whose dictionaries split
 * Thai, Lao, Khmer, Burmese and Chinese, written without spaces. Each char knows the number of the
 * word it is in (or the last word before it), so "within 8 words" is a subtraction.
 *
 * <p>A BreakIterator is not thread-safe and costs milliseconds to create (it loads the
 * dictionaries the first time), so each thread clones one prototype once and reuses it.
 */
final class WordBreaks {

    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.ROOT);
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    private final boolean[] boundary;
    private final int[] wordOf;

    private WordBreaks(boolean[] boundary, int[] wordOf) {
        this.boundary = boundary;
        this.wordOf = wordOf;
    }

    static WordBreaks of(String text) {
        int n = text.length();
        boolean[] boundary = new boolean[n + 1];
        int[] wordOf = new int[n];
        BreakIterator it = ITERATOR.get();
        it.setText(text);
        int words = 0;
        int start = it.first();
        boundary[start] = true;
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            boundary[end] = true;
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                words++;
            }
            for (int i = start; i < end; i++) {
                wordOf[i] = words;
            }
        }
        it.setText(""); // let the text go
        return new WordBreaks(boundary, wordOf);
    }

    boolean isBoundary(int offset) {
        return boundary[offset];
    }

    /** The number of the word the char at {@code index} belongs to (1 for the first word). */
    int wordAt(int index) {
        return wordOf[index];
    }
}
