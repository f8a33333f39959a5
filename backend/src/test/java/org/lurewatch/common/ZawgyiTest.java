package org.lurewatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

class ZawgyiTest {

    private static final String UNICODE = "မြန်မာနိုင်ငံ ငွေကြေး ပတ်စပို့ကို ကုမ္ပဏီက သိမ်းထားမည် ချက်ချင်း လက်ထပ်မည်";
    private static final String ZAWGYI = Transliterator.getInstance("my-Zawgyi").transliterate(UNICODE);

    @Test
    void zawgyiIsConvertedToUnicode() {
        assertThat(ZAWGYI).isNotEqualTo(UNICODE);
        assertThat(Zawgyi.toUnicode(ZAWGYI)).isEqualTo(UNICODE);
    }

    @Test
    void unicodeBurmeseAndOtherScriptsAreLeftAlone() {
        assertThat(Zawgyi.convert(UNICODE)).isNull();
        assertThat(Zawgyi.convert("งานง่าย รายได้ดี, 高薪, Việc nhẹ, ວຽກງ່າຍ, ការងារស្រួល 😀")).isNull();
        assertThat(Zawgyi.convert("")).isNull();
        assertThat(Zawgyi.convert(null)).isNull();
    }

    @Test
    void eachCharOfTheConversionKnowsWhereItCameFrom() {
        String text = "LINE: abc " + ZAWGYI + " 081";
        Zawgyi.Conversion c = Zawgyi.convert(text);
        assertThat(c.text()).isEqualTo("LINE: abc " + UNICODE + " 081");
        assertThat(text.substring(c.originalStart(0), c.originalEnd(0))).isEqualTo("L");
        int last = c.text().length() - 1;
        assertThat(text.substring(c.originalStart(last), c.originalEnd(last))).isEqualTo("1");
        int burmese = "LINE: abc ".length();
        assertThat(c.originalStart(burmese)).isEqualTo(burmese);
    }

    @Test
    void aTextMixingBothConvertsOnlyItsZawgyiLines() {
        String mixed = UNICODE + "\n" + ZAWGYI + "\n" + UNICODE;
        assertThat(Zawgyi.toUnicode(mixed)).isEqualTo(UNICODE + "\n" + UNICODE + "\n" + UNICODE);
    }

    @Test
    void whatCouldBeLostIsKeptAsSent() {
        assertThat(Zawgyi.toUnicodeKeepingOriginalIfLossy(ZAWGYI)).startsWith(UNICODE);
        String odd = ZAWGYI + " \u1039\u1039\u1060";
        String kept = Zawgyi.toUnicodeKeepingOriginalIfLossy(odd);
        if (!kept.equals(Zawgyi.toUnicode(odd))) {
            assertThat(kept).endsWith(odd);
        }
    }
}
