package org.lurewatch.offercheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.warnings.Category;
import org.lurewatch.offercheck.Trigger;

/** The matching machinery on small hand-made rule sets, so each behaviour is visible on its own. */
class RedFlagMatcherTest {

    private static Rule rule(String id, Map<Language, List<String>> phrases, Map<Language, List<String>> unless,
            List<String> patterns) {
        return new Rule(id, Category.JOB_OFFER, 2, phrases, unless,
                patterns.stream().map(Pattern::compile).toList(), Map.of(Language.en, "why"), "t",
                "https://example.org");
    }

    private static RedFlagMatcher matcher(Rule... rules) {
        return new RedFlagMatcher(RuleSet.of(List.of(rules)));
    }

    private static List<String> triggers(RedFlagMatcher matcher, String text) {
        return matcher.match(text).stream().flatMap(f -> f.triggers().stream()).map(Trigger::text).toList();
    }

    private final RedFlagMatcher fees = matcher(
            rule("job.fee", Map.of(Language.en, List.of("fee", "training fee"), Language.vi, List.of("phí"),
                            Language.th, List.of("ค่าสมัคร"), Language.zh, List.of("押金")),
                    Map.of(Language.en, List.of("no fee"), Language.th, List.of("ไม่มีค่าสมัคร")), List.of()));

    @Test
    void latinPhrasesMatchWholeWordsOnly() {
        assertThat(triggers(fees, "Our coffee shop, feedback welcome, fees vary")).isEmpty();
        assertThat(triggers(fees, "A fee. (fee) fee,fee")).containsExactly("fee", "fee", "fee", "fee");
        assertThat(triggers(fees, "phía trước")).isEmpty(); // Vietnamese "phía" (side) is no "phí" (fee)
        assertThat(triggers(fees, "đóng phí ngay")).containsExactly("phí");
    }

    @Test
    void unspacedScriptsMatchAsSubstrings() {
        assertThat(triggers(fees, "เสียค่าสมัครก่อน")).containsExactly("ค่าสมัคร");
        assertThat(triggers(fees, "需交押金两千")).containsExactly("押金");
        // a Latin phrase glued to Thai text still has word edges
        assertThat(triggers(fees, "จ่ายfeeก่อน")).containsExactly("fee");
    }

    @Test
    void caseIsIgnoredAndTheTriggerIsShownAsWritten() {
        List<Trigger> found = fees.match("Pay the TRAINING Fee now").get(0).triggers();
        assertThat(found).containsExactly(new Trigger("TRAINING Fee", 8, 20));
    }

    @Test
    void aLongerPhraseContainingAShorterOneGivesOneTrigger() {
        assertThat(triggers(fees, "training fee")).containsExactly("training fee");
    }

    @Test
    void unlessPhrasesCancelTheTriggersInsideThem() {
        assertThat(triggers(fees, "No fee at all")).isEmpty();
        assertThat(triggers(fees, "ไม่มีค่าสมัคร")).isEmpty();
        assertThat(triggers(fees, "No fee now, but a fee later")).containsExactly("fee");
    }

    @Test
    void whiteSpaceAndInvisibleCharactersDoNotHidePhrases() {
        assertThat(triggers(fees, "training\n   fee")).containsExactly("training\n   fee");
        assertThat(triggers(fees, "training\u00A0fee")).containsExactly("training\u00A0fee");
        assertThat(triggers(fees, "ค่า\u200Bสมัคร")).containsExactly("ค่า\u200Bสมัคร");
    }

    @Test
    void decomposedTextIsMatchedAndMappedBackToTheOriginal() {
        RedFlagMatcher cafe = matcher(rule("job.cafe", Map.of(Language.vi, List.of("phí đào tạo")), Map.of(),
                List.of()));
        String decomposed = "Đóng phi\u0301 đa\u0300o ta\u0323o nhé"; // "phí đào tạo" with combining marks
        List<Trigger> found = cafe.match(decomposed).get(0).triggers();
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("phi\u0301 đa\u0300o ta\u0323o");
            assertThat(decomposed.substring(t.start(), t.end())).isEqualTo(t.text());
        });
    }

    @Test
    void curlyApostrophesAndFullWidthLettersAreFolded() {
        RedFlagMatcher secrecy = matcher(rule("job.secret", Map.of(Language.en, List.of("don't tell", "kk park")),
                Map.of(), List.of()));
        assertThat(triggers(secrecy, "Don’t tell anyone")).containsExactly("Don’t tell");
        assertThat(triggers(secrecy, "去ＫＫ ｐａｒｋ工作")).containsExactly("ＫＫ ｐａｒｋ");
    }

    @Test
    void patternsFireWithTheirMatchedText() {
        RedFlagMatcher salary = matcher(rule("job.salary", Map.of(),
                Map.of(), List.of("\\$\\s?[3-9],?\\d{3}\\s*(/|per)\\s*month", "\\b[1-9],?\\d{3}\\s*usd\\b")));
        assertThat(triggers(salary, "Earn $3,500 per month or 2000 USD!")).containsExactly("$3,500 per month",
                "2000 USD");
        assertThat(triggers(salary, "Earn $350 per month")).isEmpty();
    }

    @Test
    void everyOccurrenceIsATriggerInTextOrder() {
        assertThat(fees.match("fee here, ค่าสมัคร there, fee again").get(0).triggers())
                .extracting(Trigger::start).containsExactly(0, 10, 26);
    }

    @Test
    void rulesComeInDataOrderAndSilentRulesAreLeftOut() {
        RedFlagMatcher two = matcher(
                rule("job.a", Map.of(Language.en, List.of("alpha")), Map.of(), List.of()),
                rule("job.b", Map.of(Language.en, List.of("beta")), Map.of(), List.of()),
                rule("job.c", Map.of(Language.en, List.of("gamma")), Map.of(), List.of()));
        assertThat(two.match("gamma and alpha")).extracting(f -> f.rule().id()).containsExactly("job.a", "job.c");
        assertThat(two.match("")).isEmpty();
    }

    @Test
    void theSamePhraseUnderTwoLanguagesCountsOnce() {
        RedFlagMatcher casino = matcher(rule("job.casino", Map.of(Language.en, List.of("casino"), Language.vi,
                List.of("casino")), Map.of(), List.of()));
        assertThat(triggers(casino, "casino")).containsExactly("casino");
    }
}
