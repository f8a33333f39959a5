package org.lurewatch.offercheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisedTextTest {

    @Test
    void lowerCasesCollapsesSpaceAndDropsInvisibleCharacters() {
        NormalisedText t = NormalisedText.of("Don’t\n\t TELL\u200B ＡＢ—x");
        assertThat(t.text()).isEqualTo("don't tell ab-x");
    }

    @Test
    void composesToNfcAndMapsEachCharBackToItsSource() {
        String original = "Ca\u0301fe\u0301  X";
        NormalisedText t = NormalisedText.of(original);
        assertThat(t.text()).isEqualTo("cáfé x");
        assertThat(t.originalOf(0, 2)).isEqualTo("Ca\u0301");
        assertThat(t.originalOf(2, 4)).isEqualTo("fe\u0301");
        assertThat(t.originalOf(4, 5)).isEqualTo("  ");
        assertThat(t.originalOf(0, t.text().length())).isEqualTo(original);
    }

    @Test
    void keepsEveryScriptOfTheRegion() {
        String text = "ค่าสมัคร 押金 phí ຄ່າສະໝັກ ថ្លៃចុះឈ្មោះ မှတ်ပုံတင်ကြေး 😀";
        assertThat(NormalisedText.of(text).text()).isEqualTo(text);
    }

    @Test
    void lowerCasingNeverChangesLength() {
        NormalisedText t = NormalisedText.of("İSTANBUL");
        assertThat(t.text()).hasSize(8);
        assertThat(t.originalOf(0, 8)).isEqualTo("İSTANBUL");
    }

    @Test
    void emptyTextIsEmpty() {
        assertThat(NormalisedText.of("").text()).isEmpty();
    }
}
