package org.lurewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lurewatch.indicators.IndicatorType.DOMAIN;
import static org.lurewatch.indicators.IndicatorType.EMAIL;
import static org.lurewatch.indicators.IndicatorType.HANDLE;
import static org.lurewatch.indicators.IndicatorType.ORGANISATION;
import static org.lurewatch.indicators.IndicatorType.PHONE;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lurewatch.common.UserInputException;

class IndicatorNormaliserTest {

    private final IndicatorNormaliser normaliser = new IndicatorNormaliser();

    private String normalise(IndicatorType type, String raw) {
        return normaliser.normalise(type, raw).value();
    }

    private void assertRefused(IndicatorType type, String raw, String messagePart) {
        assertThatThrownBy(() -> normaliser.normalise(type, raw))
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("indicators");
                    assertThat(e.getMessage()).containsIgnoringCase(messagePart);
                });
    }

    @Nested
    class Phones {

        @ParameterizedTest
        @ValueSource(strings = {"081-234-5678", "0812345678", "+66 81 234 5678", "66812345678", "+66-81-234-5678",
                "  (081) 234 5678 ", "0066 81 234 5678", "๐๘๑-๒๓๔-๕๖๗๘", "Tel: 081 234 5678"})
        void thaiMobileWrittenAnyWayIsOneNumber(String written) {
            assertThat(normalise(PHONE, written)).isEqualTo("+66812345678");
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                // Viet Nam: 038 is Viettel, valid only in VN among our local readings ahead of KH
                "'0388 123 456', +84388123456",
                "'+84 388 123 456', +84388123456",
                "'+84 912 345 678', +84912345678",
                "84912345678, +84912345678",
                // Cambodia: 012 is valid in KH and MM; KH comes first
                "'012 345 678', +85512345678",
                "'+855 12 345 678', +85512345678",
                "85512345678, +85512345678",
                // Laos: international form is unambiguous
                "'+856 20 5512 3456', +8562055123456",
                "8562055123456, +8562055123456",
                // Myanmar
                "'09 420 123 456', +959420123456",
                "'+95 9 420 123 456', +959420123456",
                "'၀၉ ၄၂၀ ၁၂၃ ၄၅၆', +959420123456",
                // China
                "'138 1234 5678', +8613812345678",
                "'+86 138 1234 5678', +8613812345678",
                "8613812345678, +8613812345678",
        })
        void regionalNumbersInLocalAndInternationalForm(String written, String e164) {
            assertThat(normalise(PHONE, written)).isEqualTo(e164);
        }

        @Test
        void aLocalNumberValidInSeveralCountriesTakesTheHint() {
            // "0912 345 678" is a valid mobile in Thailand and in Viet Nam
            assertThat(normalise(PHONE, "0912 345 678")).isEqualTo("+66912345678");
            assertThat(normaliser.normalise(PHONE, "0912 345 678", "VN").value()).isEqualTo("+84912345678");
            assertThat(normaliser.normalise(PHONE, "0912 345 678", "vn").value()).isEqualTo("+84912345678");
            // a Lao landline-style mobile is valid in VN, LA and CN; without a hint VN is first
            assertThat(normalise(PHONE, "020 5512 3456")).isEqualTo("+842055123456");
            assertThat(normaliser.normalise(PHONE, "020 5512 3456", "LA").value()).isEqualTo("+8562055123456");
        }

        @Test
        void aHintThatDoesNotFitIsIgnored() {
            assertThat(normaliser.normalise(PHONE, "0812345678", "XX").value()).isEqualTo("+66812345678");
            assertThat(normaliser.normalise(PHONE, "0812345678", "KH").value()).isEqualTo("+66812345678");
            assertThat(normaliser.normalise(PHONE, "+86 138 1234 5678", "TH").value()).isEqualTo("+8613812345678");
        }

        @Test
        void aNumberValidNowhereIsKeptAsItsDigits() {
            assertThat(normalise(PHONE, "081 234")).isEqualTo("081234");
            assertThat(normalise(PHONE, "+66 12 34 56")).isEqualTo("+66123456");
        }

        @Test
        void somethingThatIsNoNumberIsRefusedWithAReason() {
            assertRefused(PHONE, "abc", "no digits");
            assertRefused(PHONE, "12345", "too short");
            assertRefused(PHONE, "1234567890123456789", "too long");
            assertRefused(PHONE, "call me 12 34 56", "letters");
            assertRefused(PHONE, "   ", "empty");
        }
    }

    @Nested
    class Domains {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "'https://WWW.Jobs.Example.co.th/apply?x=1', example.co.th",
                "sub.shop.com.kh, shop.com.kh",
                "WWW.Example.COM, example.com",
                "'http://user@jobs.example.com.vn:8080/path#x', example.com.vn",
                "example.la., example.la",
                "jobs.gov.mm, jobs.gov.mm",
                "golden-jobs.example, golden-jobs.example",
                "'https://www.golden-jobs.example/apply', golden-jobs.example",
                "apply.golden-jobs.example, apply.golden-jobs.example",
                "someone.blogspot.com, someone.blogspot.com",
                "'http://203.0.113.7/login', 203.0.113.7",
        })
        void linksBecomeTheRegistrableDomain(String written, String domain) {
            assertThat(normalise(DOMAIN, written)).isEqualTo(domain);
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "'https://งาน.ไทย/สมัคร', xn--72c0b6d.xn--o3cw4h",
                "例子.中国, xn--fsqu00a.xn--fiqs8s",
                "www.例子。中国, xn--fsqu00a.xn--fiqs8s",
                "JOBS.Bücher.DE, xn--bcher-kva.de",
                "xn--72c0b6d.xn--o3cw4h, xn--72c0b6d.xn--o3cw4h",
        })
        void unicodeHostsBecomePunycode(String written, String domain) {
            assertThat(normalise(DOMAIN, written)).isEqualTo(domain);
        }

        @Test
        void whatIsNoSiteIsRefused() {
            assertRefused(DOMAIN, "co.th", "domain ending");
            assertRefused(DOMAIN, "localhost", "no ending");
            assertRefused(DOMAIN, "exa mple.com", "not a valid web address");
            assertRefused(DOMAIN, "https://", "no web address");
        }
    }

    @Nested
    class Emails {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "Jobs@Example.CO.TH, jobs@example.co.th",
                "' HR.Team+thai@golden-jobs.example ', hr.team+thai@golden-jobs.example",
                "mailto:Recruit@Example.com, recruit@example.com",
                "hr@งาน.ไทย, hr@xn--72c0b6d.xn--o3cw4h",
                "hr@mail.example.com.kh, hr@mail.example.com.kh",
        })
        void emailsAreLowerCaseWithPunycodeDomains(String written, String email) {
            assertThat(normalise(EMAIL, written)).isEqualTo(email);
        }

        @Test
        void whatIsNoAddressIsRefused() {
            assertRefused(EMAIL, "jobs.example.com", "name@domain");
            assertRefused(EMAIL, "@example.com", "name@domain");
            assertRefused(EMAIL, "jobs@", "name@domain");
            assertRefused(EMAIL, "my jobs@example.com", "spaces");
            assertRefused(EMAIL, "jobs@localhost", "mail domain");
        }
    }

    @Nested
    class Handles {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "LINE:@Somchai88, line:@somchai88",
                "line: somchai88, line:somchai88",
                "Line:@@Official_Shop, line:@official_shop",
                "'line:https://line.me/ti/p/~Somchai88', line:somchai88",
                "wechat:WxId_Abc123, wechat:wxid_abc123",
                "telegram:GoldenJobs, telegram:@goldenjobs",
                "telegram:@@GoldenJobs, telegram:@goldenjobs",
                "'telegram:https://t.me/GoldenJobs', telegram:@goldenjobs",
                "'whatsapp:+66 81 234 5678', whatsapp:+66812345678",
                "whatsapp:66812345678, whatsapp:+66812345678",
                "whatsapp:081-234-5678, whatsapp:+66812345678",
                "'whatsapp:https://wa.me/66812345678', whatsapp:+66812345678",
                "'whatsapp:60 12-345 6789', whatsapp:+60123456789",
                "'zalo:0912 345 678', zalo:+84912345678",
                "'zalo:+84 388 123 456', zalo:+84388123456",
                "zalo:nguyen.van.a, zalo:nguyen.van.a",
                "'facebook:https://www.facebook.com/Golden.Jobs.TH/', facebook:golden.jobs.th",
                "tiktok:Jobs.TH, tiktok:@jobs.th",
                "OTHER:Some_ID, other:some_id",
                "'TELEGRAM：@Name_1', telegram:@name_1",
        })
        void handlesAreMessengerColonHandleInLowerCase(String written, String handle) {
            assertThat(normalise(HANDLE, written)).isEqualTo(handle);
        }

        @Test
        void theRegionHintAlsoReadsWhatsappNumbers() {
            assertThat(normaliser.normalise(HANDLE, "whatsapp:0912 345 678", "VN").value())
                    .isEqualTo("whatsapp:+84912345678");
            assertThat(normaliser.normalise(HANDLE, "zalo:0912 345 678", "TH").value())
                    .isEqualTo("zalo:+66912345678");
        }

        @Test
        void whatIsNoHandleIsRefused() {
            assertRefused(HANDLE, "somchai88", "messenger:handle");
            assertRefused(HANDLE, "signal:somchai", "not a messenger we know");
            assertRefused(HANDLE, "line:", "empty");
            assertRefused(HANDLE, "line:some chai", "only letters");
            assertRefused(HANDLE, "line:" + "a".repeat(65), "too long");
        }
    }

    @Nested
    class Organisations {

        @Test
        void namesAreTidiedButKeepTheirCase() {
            Indicator org = normaliser.normalise(ORGANISATION, "  Golden\u00A0 Star\tRecruitment\u200B  Co., Ltd. ");
            assertThat(org.value()).isEqualTo("Golden Star Recruitment Co., Ltd.");
        }

        @Test
        void namesAreNfcNormalised() {
            assertThat(normalise(ORGANISATION, "Cafe\u0301 Nhân Lực")).isEqualTo("Café Nhân Lực");
        }

        @Test
        void theKeyIgnoresCase() {
            Indicator a = normaliser.normalise(ORGANISATION, "Golden Star Recruitment");
            Indicator b = normaliser.normalise(ORGANISATION, "GOLDEN  STAR recruitment");
            assertThat(a.value()).isNotEqualTo(b.value());
            assertThat(a.key()).isEqualTo(b.key()).isEqualTo("ORGANISATION:golden star recruitment");
            assertThat(normaliser.normalise(ORGANISATION, "Straße Jobs").key())
                    .isEqualTo(normaliser.normalise(ORGANISATION, "STRASSE JOBS").key());
        }

        @Test
        void emptyOrHugeNamesAreRefused() {
            assertRefused(ORGANISATION, " \u200B ", "empty");
            assertRefused(ORGANISATION, "x".repeat(201), "longer than");
        }
    }

    @Test
    void theKeyIsTypeColonValue() {
        assertThat(normaliser.normalise(PHONE, "081-234-5678").key()).isEqualTo("PHONE:+66812345678");
        assertThat(normaliser.normalise(HANDLE, "LINE:Abc").key()).isEqualTo("HANDLE:line:abc");
        assertThat(normaliser.normalise(DOMAIN, "Example.co.th").key()).isEqualTo("DOMAIN:example.co.th");
    }

    @Test
    void nullOrBlankInputIsRefused() {
        assertRefused(PHONE, null, "empty");
        assertRefused(EMAIL, "", "empty");
    }
}
