package org.lurewatch.offercheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordBreaksTest {

    @Test
    void scriptsWithoutSpacesAreSplitByTheDictionaries() {
        String lao = "ເງິນເດືອນສູງ ບໍ່ຕ້ອງມີປະສົບການ";
        WordBreaks words = WordBreaks.of(lao);
        // ເງິນເດືອນ | ສູງ | ບໍ່ | ຕ້ອງ | ມີ | ປະສົບການ
        assertThat(words.wordAt(lao.indexOf("ສູງ"))).isEqualTo(2);
        assertThat(words.wordAt(lao.indexOf("ປະສົບການ"))).isEqualTo(6);
        assertThat(words.isBoundary(lao.indexOf("ປະສົບການ"))).isTrue();
        assertThat(words.isBoundary(lao.indexOf("ປະສົບການ") + 2)).isFalse();
    }

    @Test
    void theQuickWayForSpacedScriptsAgreesWithIcuOnWords() {
        for (String text : new String[] {"We keep your passport safe, don't worry!",
                "Việc nhẹ lương cao, công ty giữ hộ chiếu.", "  free   flight -- and (free) lodging...",
                "URGENT HIRING!!! Age 18-35, apply today"}) {
            WordBreaks quick = WordBreaks.of(text);
            WordBreaks icu = WordBreaks.withDictionary(text);
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetter(text.charAt(i))) {
                    assertThat(quick.wordAt(i)).as(text + " @" + i).isEqualTo(icu.wordAt(i));
                    assertThat(quick.isBoundary(i)).as(text + " @" + i).isEqualTo(icu.isBoundary(i));
                }
            }
        }
    }

    @Test
    void emptyAndOddTextsDoNotFail() {
        WordBreaks.of("");
        WordBreaks.of("😀😀 ＡＢＣ ๑๒๓ \u200b\u200b");
        WordBreaks.of("a".repeat(10_000));
    }
}
