package org.lurewatch.warnings.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.IndicatorNormaliser;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.warnings.editor.EditorInputs.IndicatorInput;
import org.lurewatch.warnings.editor.EditorInputs.SourceInput;
import org.lurewatch.warnings.editor.EditorInputs.TranslationInput;

class WarningRulesTest {

    private final WarningRules rules = new WarningRules(new IndicatorNormaliser());

    private static void refused(Runnable r, String field, String... inMessage) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(UserInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(inMessage);
        });
    }

    @Test
    void slugsAreLowerCaseWordsWithHyphens() {
        assertThat(rules.slug(" fake-casino-jobs-2026 ")).isEqualTo("fake-casino-jobs-2026");
        for (String bad : new String[] {"Fake-Jobs", "a", "double--hyphen", "-leading", "trailing-", "ไทย", "with space",
                "x".repeat(81)}) {
            refused(() -> rules.slug(bad), "slug", "a-z");
        }
    }

    @Test
    void lengthLimitsNameTheFieldAndTheLimit() {
        refused(() -> rules.translation(new TranslationInput(Language.vi, "x".repeat(121), "", null, null)),
                "translations.vi.title", "120");
        refused(() -> rules.translation(new TranslationInput(Language.en, "t", "x".repeat(401), null, null)),
                "translations.en.summary", "400");
        refused(() -> rules.translation(new TranslationInput(Language.en, "t", "s", "<p>" + "x".repeat(20_001) + "</p>", null)),
                "translations.en.bodyHtml", "20000");
        refused(() -> rules.translation(new TranslationInput(Language.en, "t", "s", null, List.of("x".repeat(201)))),
                "translations.en.redFlags", "200");
        refused(() -> rules.translation(new TranslationInput(Language.en, "t", "s", null,
                java.util.stream.IntStream.range(0, 13).mapToObj(i -> "flag " + i).toList())),
                "translations.en.redFlags", "12");
        refused(() -> rules.indicators(Collections.nCopies(31, new IndicatorInput(IndicatorType.PHONE, "+66812345678")),
                List.of()), "indicators", "30");
        refused(() -> rules.translation(new TranslationInput(null, "t", "s", null, null)), "translation.language", "required");
    }

    @Test
    void aTitleCountsCharactersNotBytesOrUtf16Units() {
        String thai = "ก".repeat(120);
        assertThat(rules.translation(new TranslationInput(Language.th, thai, "", null, null)).title()).isEqualTo(thai);
        String emoji = "😱".repeat(120);
        assertThat(rules.translation(new TranslationInput(Language.en, emoji, "", null, null)).title()).isEqualTo(emoji);
    }

    @Test
    void indicatorsAreNormalisedAndDeduplicated() {
        var indicators = rules.indicators(List.of(
                new IndicatorInput(IndicatorType.PHONE, "081-234-5678"),
                new IndicatorInput(IndicatorType.PHONE, "+66 81 234 5678"),
                new IndicatorInput(IndicatorType.DOMAIN, "https://www.Golden-Jobs.co.th/apply"),
                new IndicatorInput(IndicatorType.HANDLE, "LINE:GoldenJob888")), List.of("TH"));
        assertThat(indicators).extracting(i -> i.type() + " " + i.value())
                .containsExactly("PHONE +66812345678", "DOMAIN golden-jobs.co.th", "HANDLE line:goldenjob888");
        refused(() -> rules.indicators(List.of(new IndicatorInput(IndicatorType.PHONE, "ok"),
                new IndicatorInput(IndicatorType.DOMAIN, "not a domain at all")), List.of()), "indicators", "indicators[");
    }

    @Test
    void countriesAreIsoCodesAndSourcesAreWebLinks() {
        assertThat(rules.countries(List.of("th", "VN", "TH"))).containsExactly("TH", "VN");
        refused(() -> rules.countries(List.of("Thailand")), "countries", "ISO 3166-1");
        refused(() -> rules.sources(List.of(new SourceInput("x", "javascript:alert(1)"))), "sources", "http");
        refused(() -> rules.sources(List.of(new SourceInput(" ", "https://ok.example"))), "sources", "title");
        assertThat(rules.sources(List.of(new SourceInput("<b>ILO</b> 2012", "https://www.ilo.org/x"))).get(0).title())
                .isEqualTo("ILO 2012");
    }
}
