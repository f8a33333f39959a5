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
        if (!needsDictionary(text)) {
            return spaced(text, boundary, wordOf);
        }
        return withDictionary(text, boundary, wordOf);
    }

    /** By ICU's rules and dictionaries, whatever the text (tests compare the two ways). */
    static WordBreaks withDictionary(String text) {
        return withDictionary(text, new boolean[text.length() + 1], new int[text.length()]);
    }

    private static WordBreaks withDictionary(String text, boolean[] boundary, int[] wordOf) {
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

    /**
     * Text in scripts that separate words with spaces (English, Vietnamese): a word is a run of
     * letters, digits and marks, as ICU's rules would have it for such text, found in a fraction
     * of the time (the benchmark's 1 KB ad is English).
     */
    private static WordBreaks spaced(String text, boolean[] boundary, int[] wordOf) {
        int n = text.length();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean wordChar = isLetterOrDigit(c) || c == '\'' && inWord && i + 1 < n
                    && isLetterOrDigit(text.charAt(i + 1)) || inWord && c >= 0x80 && isMark(c);
            if (wordChar != inWord) {
                boundary[i] = true;
                if (wordChar) {
                    words++;
                }
                inWord = wordChar;
            } else if (!wordChar) {
                boundary[i] = true; // each space or punctuation mark is its own segment
            }
            wordOf[i] = words;
        }
        boundary[n] = true;
        return new WordBreaks(boundary, wordOf);
    }

    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** True when the text holds a script written without spaces, which needs ICU's dictionaries. */
    static boolean needsDictionary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0E00 && c <= 0x0EFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780 && c <= 0x17FF
                    || c >= 0x19E0 && c <= 0x19FF || c >= 0x2E80 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF
                    || c >= 0xF900 && c <= 0xFAFF || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    boolean isBoundary(int offset) {
        return boundary[offset];
    }

    /** The number of the word the char at {@code index} belongs to (1 for the first word). */
    int wordAt(int index) {
        return wordOf[index];
    }
}
