package org.lurewatch.tips.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.tips.ReportingFor;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.tips.store.TipContent;
import org.lurewatch.warnings.Category;

class TipRulesTest {

    private static final TipRules.Linker LINKER = (type, raw, country) -> type + "|" + raw + "|" + country;

    private static NewTip tip(String story, List<NewTip.IndicatorInput> indicators) {
        return new NewTip(Category.JOB_OFFER, "kh", "  ", TipChannel.TELEGRAM, story, indicators, true, Language.km,
                ReportingFor.MYSELF, null, "0123456789abcdef");
    }

    @Test
    void aTipIsCleanedAndBlankOptionalFieldsDropped() {
        TipContent clean = TipRules.clean(tip(" <b>help</b> ", List.of(
                new NewTip.IndicatorInput(IndicatorType.HANDLE, " telegram:@boss "),
                new NewTip.IndicatorInput(null, "   "),
                new NewTip.IndicatorInput(null, "Mr Chen"))), LINKER);

        assertThat(clean.story()).isEqualTo("help");
        assertThat(clean.country()).isEqualTo("KH");
        assertThat(clean.place()).isNull();
        assertThat(clean.contact()).isNull();
        assertThat(clean.indicators()).hasSize(2);
        assertThat(clean.indicators().get(0).linkHash()).isEqualTo("HANDLE|telegram:@boss|KH");
        assertThat(clean.indicators().get(1).linkHash()).isNull();
    }

    @Test
    void anIndicatorWithoutATypeIsLinkedWhenItsTextSaysWhatItIs() {
        TipRules.Linker recognising = new TipRules.Linker() {
            @Override
            public String linkHash(IndicatorType type, String raw, String country) {
                return type + "|" + raw;
            }

            @Override
            public IndicatorType recognise(String raw, String country) {
                return raw.startsWith("+") ? IndicatorType.PHONE : null;
            }
        };
        TipContent clean = TipRules.clean(tip("help", List.of(
                new NewTip.IndicatorInput(null, "+66 81 234 5678"),
                new NewTip.IndicatorInput(null, "Mr Chen"))), recognising);

        assertThat(clean.indicators().get(0).type()).isEqualTo(IndicatorType.PHONE);
        assertThat(clean.indicators().get(0).linkHash()).isEqualTo("PHONE|+66 81 234 5678");
        assertThat(clean.indicators().get(1).type()).isNull();
        assertThat(clean.indicators().get(1).linkHash()).isNull();
    }

    @Test
    void requiredFieldsAreNamed() {
        NewTip noChannel = new NewTip(Category.JOB_OFFER, "TH", null, null, "x", null, false, Language.en,
                ReportingFor.MYSELF, null, "0123456789abcdef");
        assertThatThrownBy(() -> TipRules.clean(noChannel, LINKER)).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.field()).isEqualTo("channel"));
    }

    @Test
    void capsAreCountedInCharactersAfterCleaning() {
        assertThat(TipRules.text("<i>" + "a".repeat(200) + "</i>", "place", 200)).hasSize(200);
        assertThatThrownBy(() -> TipRules.text("a".repeat(201), "place", 200)).hasMessage("place is at most 200 characters (was 201)");
    }

    @Test
    void idempotencyKeysAreRandomLookingTokens() {
        assertThat(TipRules.idempotencyKey("6f1c8a5e-0b7d-4c4e-9d8e-2a1f3b4c5d6e")).isNotNull();
        for (String bad : new String[] {null, "short", "with spaces in it here", "x".repeat(129)}) {
            assertThatThrownBy(() -> TipRules.idempotencyKey(bad)).isInstanceOfSatisfying(UserInputException.class,
                    e -> assertThat(e.field()).isEqualTo("idempotencyKey"));
        }
    }

    @Test
    void aStoryTypedInZawgyiIsStoredInUnicodeForStaff() {
        String unicode = "ပတ်စပို့ကို ကုမ္ပဏီက သိမ်းထားတယ် မိဘကို မပြောနဲ့လို့ ပြောတယ်";
        String zawgyi = com.ibm.icu.text.Transliterator.getInstance("my-Zawgyi").transliterate(unicode);
        assertThat(zawgyi).isNotEqualTo(unicode);
        TipContent clean = TipRules.clean(tip(zawgyi, List.of()), LINKER);
        assertThat(clean.story()).startsWith(unicode);
        // Unicode Burmese, and every other script, is left as typed
        assertThat(TipRules.clean(tip(unicode, List.of()), LINKER).story()).isEqualTo(unicode);
    }
}
