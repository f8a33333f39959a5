package org.lurewatch.tips.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.Language;
import org.lurewatch.common.ServerTexts;
import org.lurewatch.tips.TipStatus;
import org.springframework.core.io.ClassPathResource;

class TipTextsTest {

    @Test
    void everyTipsterTextExistsInAllSevenLanguages() {
        TipTexts texts = new TipTexts(new ServerTexts());
        for (Language l : Language.ALL) {
            for (TipStatus s : TipStatus.values()) {
                assertThat(texts.status(s, l).language()).isEqualTo(l);
            }
            assertThat(texts.nextSteps(l, false).text()).hasSize(4);
            assertThat(texts.nextSteps(l, true).text()).hasSize(5);
            assertThat(texts.nextSteps(l, true).language()).isEqualTo(l);
        }
    }

    @Test
    void everyCountryOfTheRegionHasEmergencyNumbersNamedInAllSevenLanguages() {
        EmergencyNumbers numbers = new EmergencyNumbers(new ClassPathResource("tips/emergency-numbers.json"));
        for (String country : CountryCodes.REGION) {
            for (Language l : Language.ALL) {
                List<EmergencyNumbers.Number> list = numbers.of(country, l);
                assertThat(list).as(country).isNotEmpty();
                assertThat(list).allSatisfy(n -> {
                    assertThat(n.language()).isEqualTo(l);
                    assertThat(n.source()).isNotBlank();
                    assertThat(n.number()).matches("\\d{3,4}");
                });
            }
        }
        assertThat(numbers.of("TH", Language.en)).extracting(EmergencyNumbers.Number::number).containsExactly("191", "1155", "1300");
        assertThat(numbers.of("VN", Language.en)).extracting(EmergencyNumbers.Number::number).containsExactly("113", "111");
        assertThat(numbers.of("LA", Language.en)).extracting(EmergencyNumbers.Number::number).containsExactly("1191");
        assertThat(numbers.of("MM", Language.en)).extracting(EmergencyNumbers.Number::number).containsExactly("199");
        assertThat(numbers.of("CN", Language.en)).extracting(EmergencyNumbers.Number::number).containsExactly("110");
    }
}
