package org.lurewatch.common;

import com.ibm.icu.text.Transliterator;

/**
 * Burmese typed in the Zawgyi encoding, converted to Unicode. Zawgyi reuses the Myanmar block's
 * code points for other letters and writes some vowels before the consonant, so the same bytes
 * read as nonsense in Unicode: nothing matches until it is converted.
 *
 * <p>Detection is per run of Myanmar characters (Burmese separates phrases with spaces), so a
 * text that mixes both encodings converts only its Zawgyi parts. A run is Zawgyi when it holds
 * more sequences that Unicode forbids than sequences only Unicode writes: a vowel sign E (U+1031)
 * or ya-yit (U+103B, Zawgyi's medial ra) before its consonant, a killer (U+1039) that stacks
 * nothing, Zawgyi's private presentation forms (U+105A, U+1060..U+1097). A run with no evidence
 * either way follows its line, and a line without evidence the whole text. Conversion is ICU's {@code Zawgyi-my} transliterator.
 */
public final class Zawgyi {

    private static final ThreadLocal<Transliterator> TO_UNICODE =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Zawgyi-my"));
    private static final ThreadLocal<Transliterator> TO_ZAWGYI =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("my-Zawgyi"));

    private Zawgyi() {
    }

    /**
     * The text with its Zawgyi runs in Unicode, each char of it mapped to the span of the original
     * it came from; null when nothing in it is Zawgyi (the common case, found without allocating).
     */
    public static Conversion convert(String text) {
        if (text == null || !hasMyanmar(text)) {
            return null;
        }
        int n = text.length();
        // first pass: the evidence of the whole text, and of each line
        int total = 0;
        int[] lineScore = new int[n];
        for (int lineStart = 0; lineStart < n; ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? n : lineEnd;
            int line = 0;
            for (int i = lineStart; i < lineEnd; ) {
                if (!isMyanmar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int end = runEnd(text, i);
                line += score(text, i, end);
                i = end;
            }
            java.util.Arrays.fill(lineScore, lineStart, lineEnd, line);
            total += line;
            lineStart = lineEnd + 1;
        }
        StringBuilder out = null;
        int[] start = null;
        int[] stop = null;
        int copied = 0;
        for (int i = 0; i < n; ) {
            if (!isMyanmar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            int s = score(text, i, end);
            // a run without evidence follows its line, a line without evidence the whole text
            int context = lineScore[i] != 0 ? lineScore[i] : total;
            if (s > 0 || s == 0 && context > 0) {
                String converted = TO_UNICODE.get().transliterate(text.substring(i, end));
                if (!converted.equals(text.substring(i, end))) {
                    if (out == null) {
                        out = new StringBuilder(n + 16);
                        start = new int[n + 16];
                        stop = new int[n + 16];
                    }
                    for (int k = copied; k < i; k++) {
                        int at = out.length();
                        out.append(text.charAt(k));
                        start = grow(start, at);
                        stop = grow(stop, at);
                        start[at] = k;
                        stop[at] = k + 1;
                    }
                    for (int k = 0; k < converted.length(); k++) {
                        int at = out.length();
                        out.append(converted.charAt(k));
                        start = grow(start, at);
                        stop = grow(stop, at);
                        start[at] = i;
                        stop[at] = end;
                    }
                    copied = end;
                }
            }
            i = end;
        }
        if (out == null) {
            return null;
        }
        for (int k = copied; k < n; k++) {
            int at = out.length();
            out.append(text.charAt(k));
            start = grow(start, at);
            stop = grow(stop, at);
            start[at] = k;
            stop[at] = k + 1;
        }
        return new Conversion(out.toString(), start, stop);
    }

    /** The text in Unicode: Zawgyi runs converted, everything else as it was. */
    public static String toUnicode(String text) {
        Conversion c = convert(text);
        return c == null ? text : c.text();
    }

    /**
     * For texts staff read (tips): the Unicode text, and when converting back would not give what
     * the person typed (the conversion may have lost something), also the text as sent.
     */
    public static String toUnicodeKeepingOriginalIfLossy(String text) {
        Conversion c = convert(text);
        if (c == null) {
            return text;
        }
        String back = TO_ZAWGYI.get().transliterate(c.text());
        if (back.equals(text)) {
            return c.text();
        }
        return c.text() + "\n\n[Zawgyi, as sent] " + text;
    }

    /** A converted text; {@code originalStart(i)}..{@code originalEnd(i)} is where char i came from. */
    public record Conversion(String text, int[] startOf, int[] endOf) {

        public int originalStart(int index) {
            return startOf[index];
        }

        public int originalEnd(int index) {
            return endOf[index];
        }
    }

    /** Positive: Zawgyi; negative: Unicode; zero: no evidence. */
    static int score(String text, int from, int to) {
        int zawgyi = 0;
        int unicode = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char before = i > from ? text.charAt(i - 1) : 0;
            char after = i + 1 < to ? text.charAt(i + 1) : 0;
            if (c == 0x105A || c >= 0x1060 && c <= 0x1097 || c == 0x1033 || c == 0x1034) {
                zawgyi++;
            } else if (c == 0x1031) {
                if (!isConsonantOrMedial(before)) {
                    zawgyi++; // Unicode writes E after its consonant
                } else if (!isConsonant(after) && after != 0x103B) {
                    unicode++; // Zawgyi writes E before a consonant, never last
                }
            } else if (c == 0x103B && !isConsonant(before)) {
                zawgyi++; // Unicode's ya-pin follows a consonant; Zawgyi's ya-yit precedes one
            } else if (c == 0x1039 && !isConsonant(after)) {
                zawgyi++; // Unicode's virama only stacks a consonant; Zawgyi's is the killer
            } else if (c == 0x103E || c == 0x103F) {
                unicode++; // medial ha and great sa, not used so by Zawgyi
            }
        }
        return Integer.compare(zawgyi, unicode) * Math.max(zawgyi, unicode);
    }

    private static boolean isConsonant(char c) {
        return c >= 0x1000 && c <= 0x1021 || c == 0x1025 || c == 0x1027 || c == 0x103F;
    }

    private static boolean isConsonantOrMedial(char c) {
        return isConsonant(c) || c >= 0x103B && c <= 0x103E;
    }

    private static boolean isMyanmar(char c) {
        return c >= 0x1000 && c <= 0x109F;
    }

    private static boolean hasMyanmar(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMyanmar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int runEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (isMyanmar(text.charAt(i)) || text.charAt(i) == 0x200B
                || text.charAt(i) == 0x200C)) {
            i++;
        }
        return i;
    }

    private static int[] grow(int[] a, int index) {
        return index < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
    }
}
