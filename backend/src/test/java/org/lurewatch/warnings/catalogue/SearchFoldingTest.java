package org.lurewatch.warnings.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SearchFoldingTest {

    @Test
    void vietnameseMatchesWithAndWithoutDiacritics() {
        assertThat(SearchFolding.fold("Lừa Đảo việc làm")).isEqualTo("lua dao viec lam");
        assertThat(SearchFolding.fold("lừa đảo")).isEqualTo(SearchFolding.fold("LUA DAO"));
    }

    @Test
    void vowelSignsOfThaiLaoKhmerAndBurmeseAreKept() {
        for (String word : new String[] {"หนังสือเดินทาง", "ໜັງສືຜ່ານແດນ", "លិខិតឆ្លងដែន", "နိုင်ငံကူးလက်မှတ်"}) {
            assertThat(SearchFolding.fold(word)).isEqualTo(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC));
        }
    }

    @Test
    void theQuickLatinCheckAgreesWithTheScriptOfEveryCharacter() {
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            boolean latin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            if (SearchFolding.isLatin(c) != latin) {
                assertThat(SearchFolding.isLatin(c)).as("U+%04X", (int) c).isEqualTo(latin);
            }
        }
    }

    @Test
    void plainAsciiOnlyLosesItsCase() {
        assertThat(SearchFolding.fold("Fake JOBS in Bangkok: +66 81-234")).isEqualTo("fake jobs in bangkok: +66 81-234");
    }

    @Test
    void fullWidthFormsFoldToTheirPlainForms() {
        assertThat(SearchFolding.fold("ＪＯＢ　１２３")).isEqualTo("job 123");
    }

    @Test
    void theShortcutForTextsFoldingLeavesAloneFoldsLikeTheFullWay() {
        // the shortcut's whitelisted scripts, mixed with ASCII and with every character it must
        // hand on: Thai and Lao SARA AM and Lao ligatures (decompose), Burmese U+1025 U+102E (composes
        // to U+1026), a Thai vowel sign after a Latin letter (dropped), compatibility punctuation
        String tricky = "aZ 09,.\u0e01\u0e31\u0e33\u0e81\u0eb3\u0edc\u1000\u1025\u102e\u1026\u102b\u1780\u17b7"
                + "\u19e0\u2013\u2024\u2033\u3000\u3002\u4e2d\u9fa5\uff0c\u00e9\u0301\u0111\u1ec7";
        Random random = new Random(20261128);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                text.append(tricky.charAt(random.nextInt(tricky.length())));
            }
            String t = text.toString();
            String shortcut = SearchFolding.fold(t);
            String full = SearchFolding.foldFully(t);
            if (!shortcut.equals(full)) { // AssertJ only on a mismatch: building 200,000 descriptions took seconds
                assertThat(shortcut).as("%s", t.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList())
                        .isEqualTo(full);
            }
        }
    }

    @Test
    void everyCharacterTheShortcutTakesFoldsLikeTheFullWay() {
        for (char c = 0x80; c < 0xD800; c++) {
            for (String t : new String[] {String.valueOf(c), "a" + c, c + "A", "\u0e01" + c}) {
                String shortcut = SearchFolding.fold(t);
                String full = SearchFolding.foldFully(t);
                if (!shortcut.equals(full)) {
                    assertThat(shortcut).as("U+%04X", (int) c).isEqualTo(full);
                }
            }
        }
    }

    @Test
    void aSearchTypedInZawgyiFindsUnicodeBurmese() {
        String unicode = "ပတ်စပို့ကို ကုမ္ပဏီက သိမ်းထားမည်";
        String zawgyi = com.ibm.icu.text.Transliterator.getInstance("my-Zawgyi").transliterate(unicode);
        assertThat(zawgyi).isNotEqualTo(unicode);
        assertThat(SearchFolding.fold(zawgyi)).isEqualTo(SearchFolding.fold(unicode));
    }
}
