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
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        char previousBase = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK && isLatin(previousBase)) {
                continue;
            }
            if (c == 'đ') {
                c = 'd';
            }
            out.append(c);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                previousBase = c;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isLatin(char c) {
        return c != 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
