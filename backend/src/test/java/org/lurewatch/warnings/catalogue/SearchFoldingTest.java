package org.lurewatch.warnings.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

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
    void fullWidthFormsFoldToTheirPlainForms() {
        assertThat(SearchFolding.fold("ＪＯＢ　１２３")).isEqualTo("job 123");
    }
}
