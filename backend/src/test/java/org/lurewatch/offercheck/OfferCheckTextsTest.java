package org.lurewatch.offercheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.common.ServerTexts;
import org.lurewatch.warnings.Category;

/** Every text an offer check or a CAP alert picks by an enum exists for every constant of it. */
class OfferCheckTextsTest {

    private final ServerTexts texts = new ServerTexts();

    @Test
    void everyRiskLevelAndEveryCategoryHasItsText() {
        OfferCheckTexts check = new OfferCheckTexts(texts);
        for (Language l : Language.ALL) {
            for (RiskLevel level : RiskLevel.values()) {
                assertThat(texts.text("offercheck.risk." + level, l).language()).isEqualTo(l);
                assertThat(check.risk(level, l)).isNotBlank();
            }
            assertThat(check.advice(l)).hasSize(4);
            assertThat(check.privacy(l)).isNotBlank();
            for (Category category : Category.values()) {
                assertThat(texts.text("feeds.event." + category, l).language()).isEqualTo(l);
            }
        }
    }
}
