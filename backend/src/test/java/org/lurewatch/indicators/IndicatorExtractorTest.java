package org.lurewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lurewatch.common.UserInputException;

class IndicatorExtractorTest {

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    private List<String> keys(String text) {
        return extractor.extract(text).stream().map(f -> f.indicator().key()).toList();
    }

    private ExtractedIndicator only(String text) {
        List<ExtractedIndicator> found = extractor.extract(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Every found span is exactly the raw text at its offsets. */
    private void assertSpansMatch(String text) {
        for (ExtractedIndicator f : extractor.extract(text)) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.raw());
        }
    }

    @Nested
    class Phones {

        @ParameterizedTest
        @ValueSource(strings = {"081-234-5678", "0812345678", "+66 81 234 5678", "66812345678", "+66-81-234-5678"})
        void thaiMobileWrittenFiveWays(String written) {
            String text = "สนใจติดต่อ " + written + " ได้ตลอด 24 ชม.";
            ExtractedIndicator found = only(text);
            assertThat(found.indicator()).isEqualTo(new Indicator(IndicatorType.PHONE, "+66812345678"));
            assertThat(found.raw()).isEqualTo(written);
            assertThat(found.start()).isEqualTo(text.indexOf(written));
            assertThat(found.end()).isEqualTo(text.indexOf(written) + written.length());
        }

        @Test
        void allFiveWaysInOneTextAreOneIndicatorAtFivePlaces() {
            String text = "Call 081-234-5678 or 0812345678, +66 81 234 5678, 66812345678 and +66-81-234-5678.";
            assertThat(extractor.extract(text)).extracting(ExtractedIndicator::raw)
                    .containsExactly("081-234-5678", "0812345678", "+66 81 234 5678", "66812345678", "+66-81-234-5678");
            assertThat(extractor.indicatorsIn(text))
                    .containsExactly(new Indicator(IndicatorType.PHONE, "+66812345678"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Liên hệ anh Tuấn 0388 123 456 để được tư vấn | +84388123456",
                "Gọi ngay +84 388 123 456 (Zalo cùng số) | +84388123456",
                "ទូរស័ព្ទ 012 345 678 សម្រាប់ព័ត៌មានបន្ថែម | +85512345678",
                "ទំនាក់ទំនង +855 12 345 678 | +85512345678",
                "ໂທ +856 20 5512 3456 ເພື່ອສະໝັກວຽກ | +8562055123456",
                "ဖုန်း ၀၉ ၄၂၀ ၁၂၃ ၄၅၆ ကို ဆက်သွယ်ပါ | +959420123456",
                "ဆက်သွယ်ရန် +95 9 420 123 456 | +959420123456",
                "联系电话：138 1234 5678，欢迎来电 | +8613812345678",
                "电话+86 138 1234 5678微信同号 | +8613812345678",
                "โทร081-234-5678ด่วน | +66812345678",
        })
        void numbersEmbeddedInRegionalScripts(String text, String e164) {
            assertThat(only(text).indicator().value()).isEqualTo(e164);
            assertSpansMatch(text);
        }

        @Test
        void theRegionHintDecidesAmbiguousLocalNumbers() {
            String text = "Liên hệ 0912 345 678";
            assertThat(extractor.extract(text).get(0).indicator().value()).isEqualTo("+66912345678");
            assertThat(extractor.extract(text, "VN").get(0).indicator().value()).isEqualTo("+84912345678");
            assertThat(extractor.extract("ໂທ 020 5512 3456", "LA").get(0).indicator().value())
                    .isEqualTo("+8562055123456");
        }

        @Test
        void twoNumbersRunTogetherAreTwo() {
            assertThat(keys("Tel 081-234-5678 / 089-876-5432"))
                    .containsExactly("PHONE:+66812345678", "PHONE:+66898765432");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Salary 12,000 baht per month", "Start 2024-05-01, 09.00-17.00",
                "ราคา 1,500,000 บาท", "Ref no. 20240501", "Lương 8.000.000 đồng",
                "Lương 12.000.000 - 15.000.000 VNĐ/tháng", "Salary 15 000 000 kip"})
        void salariesDatesAndTimesAreNoNumbers(String text) {
            assertThat(extractor.extract(text)).isEmpty();
        }

        @Test
        void digitsInsideLinksAndAddressesAreNoPhones() {
            assertThat(keys("See example.com/jobs/0812345678 or mail 0812345678@example.com"))
                    .containsExactly("DOMAIN:example.com", "EMAIL:0812345678@example.com");
        }
    }

    @Nested
    class Domains {

        @Test
        void linkBecomesRegistrableDomainAndKeepsItsRawText() {
            String text = "Apply: https://WWW.Jobs.Example.co.th/apply?x=1. Thanks";
            ExtractedIndicator found = only(text);
            assertThat(found.indicator().key()).isEqualTo("DOMAIN:example.co.th");
            assertThat(found.raw()).isEqualTo("https://WWW.Jobs.Example.co.th/apply?x=1");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "visit sub.shop.com.kh today | shop.com.kh",
                "สมัครที่jobs.example.co.thด่วน | example.co.th",
                "(www.golden-jobs.example) | golden-jobs.example",
                "more at apply.golden-jobs.example/form. | apply.golden-jobs.example",
                "https://งาน.ไทย/สมัคร | xn--72c0b6d.xn--o3cw4h",
                "网址 例子.中国 欢迎 | xn--fsqu00a.xn--fiqs8s",
                "http://tuyendung.com.vn/viec-lam?id=5 | tuyendung.com.vn",
        })
        void domainsInText(String text, String domain) {
            assertThat(only(text).indicator().value()).isEqualTo(domain);
            assertSpansMatch(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"e.g. a cashier", "i.e. nothing", "see photo.jpg and cv.pdf", "readme.md, setup.py",
                "file.zip", "ABC Co.Ltd. is hiring", "Start today.Work is easy", "v1.2 released", "3.5 km away",
                "U.S.A. and U.K."})
        void prose_abbreviationsAndFileNamesAreNoDomains(String text) {
            assertThat(extractor.extract(text)).isEmpty();
        }

        @Test
        void aLinkToAMessengerIsAHandleNotADomain() {
            assertThat(keys("join https://t.me/GoldenJobs")).containsExactly("HANDLE:telegram:@goldenjobs");
        }
    }

    @Nested
    class Emails {

        @Test
        void emailsAreFoundAndLowerCased() {
            String text = "ส่งประวัติมาที่ HR.Team@Golden-Jobs.example หรือ jobs@example.co.th.";
            assertThat(keys(text)).containsExactly("EMAIL:hr.team@golden-jobs.example", "EMAIL:jobs@example.co.th");
            assertSpansMatch(text);
        }

        @Test
        void somethingAtSomethingWithoutARealDomainIsNoAddress() {
            assertThat(extractor.extract("meet @ 5pm, user@localhost, a@b.c")).isEmpty();
        }
    }

    @Nested
    class Handles {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "LINE ID: Somchai88 | line:somchai88",
                "line: @xyzshop | line:@xyzshop",
                "Add Line @promo1 now | line:@promo1",
                "ID LINE : goldjob_th | line:goldjob_th",
                "LINE goldjob99 | line:goldjob99",
                "แอดไลน์ somchai88 เลย | line:somchai88",
                "ไลน์: @goldenjob | line:@goldenjob",
                "ไอดีไลน์ goldjob.th | line:goldjob.th",
                "微信号：abc12345 | wechat:abc12345",
                "加微信 WxJob_888 咨询 | wechat:wxjob_888",
                "WeChat: goldjob2024 | wechat:goldjob2024",
                "Telegram @golden_jobs | telegram:@golden_jobs",
                "telegram: golden_jobs | telegram:@golden_jobs",
                "เทเลแกรม @golden_jobs | telegram:@golden_jobs",
                "t.me/GoldenJobs | telegram:@goldenjobs",
                "https://telegram.me/golden_jobs | telegram:@golden_jobs",
                "facebook.com/golden.jobs.th | facebook:golden.jobs.th",
                "https://www.tiktok.com/@jobs.th | tiktok:@jobs.th",
                "TikTok: @jobs.th | tiktok:@jobs.th",
        })
        void keywordAndLinkHandles(String text, String handle) {
            ExtractedIndicator found = only(text);
            assertThat(found.indicator()).isEqualTo(new Indicator(IndicatorType.HANDLE, handle));
            assertSpansMatch(text);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "WhatsApp +66 81 234 5678 | whatsapp:+66812345678 | +66812345678",
                "Whatsapp: 081-234-5678 | whatsapp:+66812345678 | +66812345678",
                "วอทส์แอป 0812345678 | whatsapp:+66812345678 | +66812345678",
                "Zalo 0912 345 678 | zalo:+84912345678 | +84912345678",
                "zalo: +84 388 123 456 | zalo:+84388123456 | +84388123456",
        })
        void messengerNumbersGiveTheHandleAndThePhone(String text, String handle, String phone) {
            assertThat(keys(text)).containsExactly("HANDLE:" + handle, "PHONE:" + phone);
            assertSpansMatch(text);
        }

        @Test
        void whatsappAndZaloLinksGiveTheHandleAndThePhone() {
            assertThat(keys("https://wa.me/66812345678")).containsExactly("HANDLE:whatsapp:+66812345678",
                    "PHONE:+66812345678");
            assertThat(keys("zalo.me/0388123456")).containsExactly("HANDLE:zalo:+84388123456", "PHONE:+84388123456");
        }

        @Test
        void aWechatIdThatIsAPhoneNumberIsBoth() {
            assertThat(keys("微信: 13812345678")).containsExactly("HANDLE:wechat:13812345678", "PHONE:+8613812345678");
        }

        @Test
        void theRawTextOfAHandleIncludesItsKeyword() {
            ExtractedIndicator found = only("ติดต่อ LINE ID: Somchai88.");
            assertThat(found.raw()).isEqualTo("LINE ID: Somchai88");
        }

        @ParameterizedTest
        @ValueSource(strings = {"We are online: everyday", "The front line is here", "Contact us on Telegram for info",
                "deadline: 30 May", "Line 2: Sukhumvit"})
        void ordinaryWordsAreNoHandles(String text) {
            assertThat(extractor.extract(text)).isEmpty();
        }

        @Test
        void aFacebookProfileNumberIsNoPhone() {
            assertThat(keys("https://www.facebook.com/profile.php?id=100012345678"))
                    .containsExactly("HANDLE:facebook:100012345678");
        }
    }

    @Test
    void aWholeAdInOrder() {
        String ad = """
                URGENT! Customer service staff for Sihanoukville. Salary $1,500/month.
                Contact LINE ID: goldenjob88 or WhatsApp +66 81 234 5678.
                Apply at www.golden-jobs.example/apply or hr@golden-jobs.example. Call 0812345678 now!
                """;
        assertThat(keys(ad)).containsExactly(
                "HANDLE:line:goldenjob88",
                "HANDLE:whatsapp:+66812345678",
                "PHONE:+66812345678",
                "DOMAIN:golden-jobs.example",
                "EMAIL:hr@golden-jobs.example",
                "PHONE:+66812345678");
        assertSpansMatch(ad);
        assertThat(extractor.indicatorsIn(ad)).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Nothing to see here, just a normal sentence about coffee.",
            "รับสมัครพนักงานแคชเชียร์ สาขาบางนา สมัครด้วยตนเองที่ร้าน",
            "招聘收银员，面试地点在本店。", "ကျွန်ုပ်တို့ အလုပ်သမားများ ခေါ်ယူနေပါသည်။"})
    void textWithoutIndicatorsGivesAnEmptyList(String text) {
        assertThat(extractor.extract(text)).isEmpty();
    }

    @Test
    void tooLongATextIsRefused() {
        assertThatThrownBy(() -> extractor.extract("a".repeat(IndicatorExtractor.MAX_TEXT_LENGTH + 1)))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThat(extractor.extract("x ".repeat(IndicatorExtractor.MAX_TEXT_LENGTH / 2))).isEmpty();
    }
}
