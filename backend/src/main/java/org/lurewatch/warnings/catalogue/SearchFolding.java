package org.lurewatch.warnings.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import org.lurewatch.common.Zawgyi;

/**
 * Folds text for substring search in every script of the region. Case and compatibility forms
 * are folded (full-width "ＪＯＢ" finds "job"); Latin diacritics are dropped so that "lua dao"
 * finds Vietnamese "lừa đảo", while the vowel signs of Thai, Lao, Khmer and Burmese are kept:
 * they are letters there, not accents. Burmese typed in Zawgyi is converted to Unicode first.
 */
public final class SearchFolding {

    private SearchFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // a search typed in Zawgyi finds the Unicode Burmese of the warnings
        text = Zawgyi.toUnicode(text);
        if (needsOnlyLowerCase(text)) {
            // every load folds every warning in seven languages; the two normaliser passes of the
            // full way change nothing in English, Khmer, Burmese and much Thai, and cost the most
            return text.toLowerCase(Locale.ROOT);
        }
        return foldFully(text);
    }

    /** What {@link #fold} does to any text; slower. */
    static String foldFully(String text) {
        String decomposed = Normalizer.normalize(Zawgyi.toUnicode(text), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        char previousBase = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (mark && isLatin(previousBase)) {
                continue;
            }
            if (c == 'đ') {
                c = 'd';
            }
            out.append(c);
            if (!mark) {
                previousBase = c;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * True if folding would only lower-case ASCII letters: the text is in NFKC (so decomposing and
     * composing again gives it back), and every other character is of a script without case or
     * Latin letters, and is no mark that a Latin letter carries (which folding drops).
     */
    private static boolean needsOnlyLowerCase(String text) {
        boolean ascii = true;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (!isCaselessScript(c) || isAsciiLetter(previous) && Character.getType(c) == Character.NON_SPACING_MARK) {
                    return false;
                }
                ascii = false;
            }
            previous = c;
        }
        return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFKC);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Thai, Lao, Burmese, Khmer, CJK ideographs and punctuation, general punctuation. */
    private static boolean isCaselessScript(char c) {
        return (c >= 0x0E00 && c < 0x0F00) || (c >= 0x1000 && c < 0x10A0) || (c >= 0x1780 && c < 0x1800)
                || (c >= 0x19E0 && c < 0x1A00) || (c >= 0x2000 && c < 0x2070) || (c >= 0x3000 && c < 0x3040)
                || (c >= 0x4E00 && c < 0xA000);
    }

    static boolean isLatin(char c) {
        // every Latin letter lies in one of these blocks; the script lookup is a binary search, and
        // Thai, Lao, Khmer and Burmese text asks for it at nearly every vowel sign
        boolean latinBlock = c < 0x0300 || (c >= 0x1D00 && c < 0x1F00) || (c >= 0x2070 && c < 0x2190)
                || (c >= 0x2C60 && c < 0x2C80)
                || (c >= 0xA720 && c < 0xA800) || (c >= 0xAB30 && c < 0xAB70) || (c >= 0xFB00 && c < 0xFB07)
                || (c >= 0xFF21 && c < 0xFF5B);
        return c != 0 && latinBlock && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
