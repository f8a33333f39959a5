package org.lurewatch.offercheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @Test
    void readsLiteralRunsAndLiteralGroups() {
        assertThat(RequiredLiterals.of("\\b(ticket|visa)\\b.{0,40}from your"))
                .containsExactly(List.of("ticket", "visa"), List.of("from your"));
        assertThat(RequiredLiterals.of("(\\$|usd)\\s?[1-9]\\d{3}\\s*month"))
                .containsExactly(List.of("$", "usd"), List.of("month"));
    }

    @Test
    void skipsOptionalPartsAndComplexGroups() {
        assertThat(RequiredLiterals.of("no (previous )?experience")).containsExactly(List.of("no "),
                List.of("experience"));
        assertThat(RequiredLiterals.of("passports?")).containsExactly(List.of("passport"));
        assertThat(RequiredLiterals.of("(girls?|women) aged? 1[6-9]")).containsExactly(List.of("girl", "women"),
                List.of(" age"), List.of(" 1"));
        assertThat(RequiredLiterals.of("x*y{0,3}z")).containsExactly(List.of("z"));
        assertThat(RequiredLiterals.of("(?<![a-z])(?:high|big) pay")).containsExactly(List.of("high", "big"),
                List.of(" pay"));
    }

    @Test
    void aTopLevelAlternationHasNoGate() {
        assertThat(RequiredLiterals.of("fee|deposit")).isNull();
    }

    @Test
    void leadingWordsOnlyWhenNothingIsMatchedBeforeThem() {
        assertThat(RequiredLiterals.leading("\\b(leave|fly)\\b within")).containsExactly("leave", "fly");
        assertThat(RequiredLiterals.leading("marr(y|ied)")).containsExactly("marr");
        assertThat(RequiredLiterals.leading("(?<![a-z])usd\\d")).containsExactly("usd");
        assertThat(RequiredLiterals.leading("\\d+ usd")).isNull();
        assertThat(RequiredLiterals.leading("(new )?visa")).isNull();
        assertThat(RequiredLiterals.leading("a?bc")).isNull();
        assertThat(RequiredLiterals.leading("[ab]c")).isNull();
    }

    /** The gate may never skip a real match: checked on the shipped patterns against the example texts. */
    @Test
    void theShippedPatternsAreGatedSoundly() {
        List<String> texts = List.of(
                "no experience needed, high salary $1,500 - $3,000 per month, 2000 usd per month",
                "company will keep the passport. passports are kept by the boss. the ticket cost will be deducted "
                        + "from your salary. customer service in cambodia. leave within 3 days. marry within a week",
                "ไม่ต้องมีประสบการณ์ รายได้สูง เงินเดือน 60,000 บาท ใช้วีซ่าท่องเที่ยวเข้าไปทำงาน ค่าตั๋วหักจากเงินเดือน",
                "无需经验高薪 月薪3万 旅游签过去工作 招聘客服去柬埔寨 身高160以上",
                "không cần kinh nghiệm lương cao. lương 25 triệu. visa du lịch sang làm việc",
                "girls aged 18-25, pretty. age 18-22 ladies");
        for (Rule rule : RuleSet.fromClasspath().rules()) {
            for (var pattern : rule.patterns()) {
                List<List<String>> required = RequiredLiterals.of(pattern.pattern());
                List<String> leading = RequiredLiterals.leading(pattern.pattern());
                for (String text : texts) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        String match = m.group();
                        if (required != null) {
                            required.forEach(alternatives -> assertThat(alternatives).as(pattern.pattern())
                                    .anyMatch(match::contains));
                        }
                        if (leading != null) {
                            assertThat(leading).as(pattern.pattern()).anyMatch(match::startsWith);
                        }
                    }
                }
            }
        }
    }
}
