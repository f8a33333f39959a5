package org.lurewatch.web;

import static org.lurewatch.web.WarningFixtures.warning;

import java.util.List;
import java.util.stream.IntStream;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Severity;
import org.lurewatch.warnings.Warning;

/** The warnings the page tests read: several lures, countries and languages. */
final class SiteWarnings {

    static final String CASINO_EN = "Typing jobs at a casino in Cambodia";
    static final String CASINO_TH = "งานพิมพ์เอกสารในคาสิโนที่กัมพูชา";
    static final String BRIDE_EN = "Marriage broker promises a rich husband";
    static final String TRIP_LO = "ທ່ຽວຟຣີ ແຕ່ຖືກພາຂ້າມແດນ";

    static final String RICH_BODY = "<p>Never <strong>pay</strong> a <em>fee</em> to get a job.</p>"
            + "<ul><li>Keep your passport</li><li>Tell a friend where you go</li></ul>"
            + "<p>Read <a href=\"https://www.ic3.gov/PSA\">the FBI notice</a>.</p>";

    /**
     * A body as an attacker would like it (the server's sanitiser never lets one through): the
     * page must keep only the allowed subset. Parsing it makes Chromium report the inline handler
     * and style attributes as blocked by the CSP, which tests reading it expect.
     */
    static final String HOSTILE_BODY = "<p>Never <strong>pay</strong> a <em>fee</em>.<script>window.pwned = 1</script></p>"
            + "<p onclick=\"window.pwned = 2\">Do not <a href=\"javascript:window.pwned = 3\">click here</a>; "
            + "read <a href=\"https://www.ic3.gov/PSA\" onmouseover=\"window.pwned = 4\" target=\"_blank\">the FBI notice</a>.</p>"
            + "<img src=\"/favicon.svg\" onerror=\"window.pwned = 5\"><iframe src=\"https://example.org/\"></iframe>"
            + "<ul><li>Keep your passport</li><li><span style=\"color:red\">Tell a friend</span></li></ul>";

    private SiteWarnings() {
    }

    static List<Warning> mixed() {
        return List.of(
                warning("bride-broker").category(Category.MARRIAGE_OFFER).countries("VN", "CN").severity(Severity.CRITICAL)
                        .publishedAt("2026-07-01T00:00:00Z")
                        .text(Language.en, BRIDE_EN, "A broker asks your family for a fee first.", "Dowry to repay")
                        .text(Language.vi, "Môi giới hôn nhân hứa chồng giàu", "Người môi giới đòi gia đình bạn trả phí trước.")
                        .text(Language.zh, "婚姻中介承诺嫁给有钱人", "中介先向你家人收费。").build(),
                warning("casino-typing-jobs").countries("KH", "TH").publishedAt("2026-05-01T00:00:00Z")
                        .updatedAt("2026-05-20T00:00:00Z")
                        .textWithBody(Language.en, CASINO_EN, "They take your passport on arrival.", RICH_BODY,
                                "High pay for no experience", "Interview by chat only")
                        .textWithBody(Language.th, CASINO_TH, "เมื่อไปถึงจะถูกยึดหนังสือเดินทาง", "<p>อย่าจ่ายค่าธรรมเนียม</p>",
                                "เงินเดือนสูงไม่ต้องมีประสบการณ์")
                        .indicator(IndicatorType.PHONE, "+66800001234").indicator(IndicatorType.DOMAIN, "golden-jobs.example")
                        .source("FBI PSA", "https://www.ic3.gov/PSA").source("Not a link", "javascript:alert(1)").build(),
                warning("free-trip-lao").category(Category.TRAVEL_OFFER).countries("LA").severity(Severity.MEDIUM)
                        .publishedAt("2026-03-01T00:00:00Z")
                        .text(Language.lo, TRIP_LO, "ໝູ່ອອນລາຍຈ່າຍຄ່າເດີນທາງໃຫ້").build(),
                warning("fishing-boat").countries("MM", "TH").publishedAt("2026-02-01T00:00:00Z")
                        .text(Language.en, "Fishing boat jobs with good pay", "The boat does not come back for months.")
                        .text(Language.my, "ငါးဖမ်းလှေ အလုပ်အတု", "လစာကောင်းသည်ဟု ကတိပေးသည်").build(),
                warning("call-centre-sample").sample().countries("TH").severity(Severity.LOW).publishedAt("2026-01-15T00:00:00Z")
                        .text(Language.en, "Call centre jobs across the border", "An example warning.").build());
    }

    static Warning hostileBody() {
        return warning("hostile-body").publishedAt("2026-01-01T00:00:00Z")
                .textWithBody(Language.en, "A body with markup it may not keep", "Sanitiser test.", HOSTILE_BODY).build();
    }

    /** {@code count} warnings, all naming the same phone number. */
    static List<Warning> namingOnePhone(int count, String phone) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> warning("phone-" + i)
                .publishedAt(String.format("2026-05-%02dT00:00:00Z", i)).indicator(IndicatorType.PHONE, phone)
                .text(Language.en, "Phone warning " + i, "Summary " + i).build()).toList();
    }

    static List<Warning> many(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> warning("job-" + i)
                .publishedAt(String.format("2026-04-%02dT00:00:00Z", i))
                .text(Language.en, "Job warning " + i, "Summary " + i).build()).toList();
    }
}
