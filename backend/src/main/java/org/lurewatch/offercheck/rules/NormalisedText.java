package org.lurewatch.offercheck.rules;

import java.text.Normalizer;
import java.util.Arrays;
import org.lurewatch.common.Zawgyi;

/**
 * Text as the rules see it: Burmese typed in Zawgyi converted to Unicode, NFC, lower case, runs of
 * white space as one space, invisible characters (zero-width space, soft hyphen, BOM) gone, curly
 * apostrophes and Unicode dashes as ASCII, full-width ASCII as ASCII. Rule phrases go through the
 * same steps, so "Don’t  tell" in an ad meets "don't tell" in the data.
 *
 * <p>Each char of the normalised text remembers the span of the original it came from, so a
 * match can be shown as written, even where NFC composed or white space collapsed. Lower-casing is
 * per code point (simple case mapping), which never changes the length.
 */
public final class NormalisedText {

    private final String original;
    private final String text;
    private final int[] startOf;
    private final int[] endOf;

    private NormalisedText(String original, String text, int[] startOf, int[] endOf) {
        this.original = original;
        this.text = text;
        this.startOf = startOf;
        this.endOf = endOf;
    }

    public static NormalisedText of(String original) {
        Zawgyi.Conversion unicode = Zawgyi.convert(original);
        if (unicode == null) {
            return new Builder(original).build();
        }
        // Burmese typed in Zawgyi: matched in Unicode, shown as written
        NormalisedText converted = new Builder(unicode.text()).build();
        int n = converted.text.length();
        int[] startOf = new int[n];
        int[] endOf = new int[n];
        for (int k = 0; k < n; k++) {
            startOf[k] = unicode.originalStart(converted.startOf[k]);
            endOf[k] = unicode.originalEnd(converted.endOf[k] - 1);
        }
        return new NormalisedText(original, converted.text, startOf, endOf);
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    /** Offset in the original where the normalised char at {@code index} came from. */
    public int originalStart(int index) {
        return startOf[index];
    }

    /** Offset in the original just past the normalised span ending (exclusively) at {@code end}. */
    public int originalEnd(int end) {
        return endOf[end - 1];
    }

    /** The original text of a normalised span. */
    public String originalOf(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }

    private static final class Builder {

        private final String original;
        private final StringBuilder out;
        private int[] startOf;
        private int[] endOf;

        Builder(String original) {
            this.original = original;
            this.out = new StringBuilder(original.length());
            this.startOf = new int[original.length() + 1];
            this.endOf = new int[original.length() + 1];
        }

        NormalisedText build() {
            if (Normalizer.isNormalized(original, Normalizer.Form.NFC)) {
                for (int i = 0; i < original.length(); ) {
                    char c = original.charAt(i);
                    if (c < 0x80 && c > ' ') {
                        appendAscii(c, i); // most chars of most ads: no table lookups needed
                        i++;
                        continue;
                    }
                    int cp = original.codePointAt(i);
                    int next = i + Character.charCount(cp);
                    append(cp, i, next);
                    i = next;
                }
            } else {
                buildFromSegments();
            }
            int n = out.length();
            return new NormalisedText(original, out.toString(), Arrays.copyOf(startOf, n), Arrays.copyOf(endOf, n));
        }

        /**
         * NFC can compose a base character with the marks after it, so each base with its marks is
         * normalised on its own and all output chars map to that whole segment.
         */
        private void buildFromSegments() {
            int i = 0;
            while (i < original.length()) {
                int segmentEnd = i + Character.charCount(original.codePointAt(i));
                while (segmentEnd < original.length() && isCombining(original.codePointAt(segmentEnd))) {
                    segmentEnd += Character.charCount(original.codePointAt(segmentEnd));
                }
                String composed = Normalizer.normalize(original.substring(i, segmentEnd), Normalizer.Form.NFC);
                int start = i;
                int end = segmentEnd;
                composed.codePoints().forEach(cp -> append(cp, start, end));
                i = segmentEnd;
            }
        }

        /** A visible ASCII char: lower-cased by arithmetic, one output char for one input char. */
        private void appendAscii(char c, int at) {
            int k = out.length();
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            ensureCapacity(k);
            startOf[k] = at;
            endOf[k] = at + 1;
        }

        private void append(int cp, int from, int to) {
            if (isInvisible(cp)) {
                return;
            }
            if (Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                int last = out.length() - 1;
                if (last >= 0 && out.charAt(last) == ' ') {
                    endOf[last] = to; // one space stands for the whole run
                    return;
                }
                cp = ' ';
            }
            int folded = fold(cp);
            int before = out.length();
            out.appendCodePoint(folded);
            for (int k = before; k < out.length(); k++) {
                ensureCapacity(k);
                startOf[k] = from;
                endOf[k] = to;
            }
        }

        private void ensureCapacity(int index) {
            if (index >= startOf.length) {
                startOf = Arrays.copyOf(startOf, index * 2 + 2);
                endOf = Arrays.copyOf(endOf, index * 2 + 2);
            }
        }
    }

    private static int fold(int cp) {
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            cp -= 0xFEE0; // full-width ASCII, common in Chinese text
        }
        switch (cp) {
            case 0x2018, 0x2019, 0x02BC, 0x2032 -> {
                return '\'';
            }
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212 -> {
                return '-';
            }
            default -> {
                return Character.toLowerCase(cp);
            }
        }
    }

    private static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }

    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || cp >= 0x1160 && cp <= 0x11FF; // Hangul vowel and final jamo compose with what precedes
    }
}
