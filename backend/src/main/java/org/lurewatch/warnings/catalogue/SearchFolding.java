package org.lurewatch.warnings.catalogue;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for substring search in every script of the region. Case and compatibility forms
 * are folded (full-width "ＪＯＢ" finds "job"); Latin diacritics are dropped so that "lua dao"
 * finds Vietnamese "lừa đảo", while the vowel signs of Thai, Lao, Khmer and Burmese are kept:
 * they are letters there, not accents.
 */
public final class SearchFolding {

    private SearchFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isAscii(text)) {
            // nothing to decompose, no marks, nothing to compose: a catalogue load folds thousands of
            // English texts, and the normaliser was most of its time
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
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

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
