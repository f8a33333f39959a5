package org.lurewatch.offercheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.TimingGuard;
import org.lurewatch.common.Language;
import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.ExtractedIndicator;
import org.lurewatch.indicators.IndicatorExtractor;
import org.lurewatch.indicators.IndicatorType;

/**
 * What people paste: scripts mixed, Zawgyi beside Unicode, invisible characters, emoji, digits of
 * every script, one word ten thousand characters long. Each gets an answer, never an exception,
 * and within 50 ms (the fastest of seven runs, after ten to warm up: the machine is shared).
 */
class BadInputTest {

    private static final RedFlagCheck CHECK = new RedFlagCheck();
    private static final IndicatorExtractor EXTRACTOR = new IndicatorExtractor();
    private static final long BOUND_MILLIS = 50;

    private static String repeated(String word) {
        StringBuilder sb = new StringBuilder(10_000);
        while (sb.length() + word.length() <= 10_000) {
            sb.append(word);
        }
        return sb.toString();
    }

    private static final String ZAWGYI = com.ibm.icu.text.Transliterator.getInstance("my-Zawgyi")
            .transliterate("ပတ်စပို့ကို ကုမ္ပဏီက သိမ်းထားမည်");

    static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("mixed scripts", "งานง่าย 高薪 việc nhẹ ວຽກງ່າຍ ការងារស្រួល အလုပ်လွယ် easy job, keep passport ໜັງສືຜ່ານແດນ");
        inputs.put("Zawgyi and Unicode", ZAWGYI + " ပတ်စပို့ကို ကုမ္ပဏီက သိမ်းထားမည် " + ZAWGYI);
        inputs.put("zero-width", "pass\u200Bport kept by the com\u200Dpany\u200C, \uFEFFno expe\u00ADrience\u2060 high pay");
        inputs.put("emoji", "💰💰 high salary 😍 no experience ✈️ free flight 🛂 we keep your passport 👨‍👩‍👧 🇹🇭");
        inputs.put("full-width digits", "电话：０８１２３４５６７８，ＬＩＮＥ：＠ｊｏｂ８８");
        inputs.put("Thai digits", "โทร ๐๘๑ ๒๓๔ ๕๖๗๘ เวลา ๐๘.๐๐-๑๗.๐๐");
        inputs.put("Lao digits", "ໂທ ໐໒໐ ໙໙໐໐ ໐໔໕໖");
        inputs.put("Khmer digits", "ទូរស័ព្ទ ០១២ ៣៤៥ ៦៧៨");
        inputs.put("Burmese digits", "ဖုန်း ၀၉ ၇၉၀၀ ၀၀၄၅၆");
        inputs.put("lone surrogates and controls", "job \uD800 offer \uDC00\u0000\u0007\u202E passport keep");
        inputs.put("10,000 chars of an English word", repeated("passport "));
        inputs.put("10,000 chars of a Thai word", repeated("หนังสือเดินทาง"));
        inputs.put("10,000 chars of a Burmese word", repeated("ပတ်စပို့"));
        inputs.put("10,000 chars of a Chinese word", repeated("护照"));
        inputs.put("10,000 chars of Lao with no break", repeated("ເກັບໜັງສືຜ່ານແດນ"));
        inputs.put("10,000 digits", "0".repeat(10_000));
        inputs.put("10,000 at-signs", "@a".repeat(5_000));
        return inputs;
    }

    @TimingGuard
    void everyOddInputGetsAnAnswerQuickly() {
        inputs().forEach((name, text) -> {
            RedFlagAssessment first = CHECK.assess(text, Language.en);
            assertThat(first.level()).as(name).isNotNull();
            List<ExtractedIndicator> found = EXTRACTOR.extract(text, null, "en");
            assertThat(found).as(name).isNotNull();
            for (int warm = 0; warm < 10; warm++) {
                CHECK.assess(text, Language.en);
                EXTRACTOR.extract(text, null, "en");
            }
            long[] millis = new long[7];
            for (int i = 0; i < millis.length; i++) {
                long t0 = System.nanoTime();
                CHECK.assess(text, Language.en);
                EXTRACTOR.extract(text, null, "en");
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            Arrays.sort(millis);
            // the fastest of seven is what the check costs; the rest is the shared machine (a median
            // over seven swung from 7 to 58 ms under other builds' load)
            assertThat(millis[0]).as(name + ": fastest ms of " + Arrays.toString(millis)).isLessThan(BOUND_MILLIS);
        });
    }

    @Test
    void digitsOfEveryScriptAreReadAsNumbers() {
        assertThat(phones("โทร ๐๘๑ ๒๓๔ ๕๖๗๘ เวลา ๐๘.๐๐-๑๗.๐๐")).containsExactly("+66812345678");
        assertThat(phones("电话：０８１２３４５６７８")).hasSize(1);
        assertThat(phones("ໂທ ໐໒໐ ໙໙໐໐ ໐໔໕໖")).containsExactly("+8562099000456");
        assertThat(phones("ဖုန်း ၀၉ ၇၉၀၀ ၀၀၄၅၆")).containsExactly("+959790000456");
    }

    @Test
    void zeroWidthCharactersAndEmojiDoNotHideTheSigns() {
        assertThat(CHECK.assess(inputs().get("emoji"), Language.en).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(CHECK.assess(inputs().get("Zawgyi and Unicode"), Language.my).hits())
                .extracting(RedFlagHit::ruleId).contains("job.passport-retention");
    }

    @Test
    void aTextTooLongIsAClearErrorNamingTheField() {
        assertThatThrownBy(() -> CHECK.assess("a".repeat(10_001), Language.en))
                .isInstanceOf(UserInputException.class).hasMessageContaining("10000");
    }

    private static List<String> phones(String text) {
        return EXTRACTOR.extract(text, null, "en").stream().filter(e -> e.indicator().type() == IndicatorType.PHONE)
                .map(e -> e.indicator().value()).toList();
    }
}
