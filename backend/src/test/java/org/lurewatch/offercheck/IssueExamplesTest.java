package org.lurewatch.offercheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.common.Zawgyi;
import org.lurewatch.indicators.ExtractedIndicator;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorExtractor;
import org.lurewatch.indicators.IndicatorNormaliser;
import org.lurewatch.indicators.IndicatorType;

/**
 * The examples of issue 21, as a new user met them: ads in Lao, Burmese (also in Zawgyi), Khmer,
 * Thai and English that were missed or only CAUTION, numbers read for the wrong country, working
 * hours read as a number, a LINE id in a tip that never met the same id in an offer.
 */
class IssueExamplesTest {

    private static final RedFlagCheck CHECK = new RedFlagCheck();
    private static final IndicatorExtractor EXTRACTOR = new IndicatorExtractor();
    private static final IndicatorNormaliser NORMALISER = new IndicatorNormaliser();

    /** The rule has "ບໍ່ຕ້ອງມີປະສົບການ ເງິນເດືອນສູງ" and "ບໍລິສັດເກັບໜັງສືຜ່ານແດນ"; the ad words them otherwise. */
    static final String LAO_JOB = "ຮັບສະໝັກພະນັກງານດ່ວນ ເງິນເດືອນສູງ ບໍ່ຕ້ອງມີປະສົບການ ບໍລິສັດອອກຄ່າເດີນທາງໃຫ້ "
            + "ນາຍຈ້າງຈະເກັບໜັງສືຜ່ານແດນຂອງທ່ານໄວ້ ໂທ 020 9900 0456";
    static final String BURMESE_MARRIAGE = "ချမ်းသာသော တရုတ်ခင်ပွန်းနှင့် လက်ထပ်ရန် မိန်းကလေးများ ရှာနေသည် "
            + "မိဘများကို ငွေပေးမည် ပွဲစားက ပတ်စပို့နှင့် ဗီဇာ စီစဉ်ပေးမည်";
    static final String KHMER_TRIP = "ដំណើរកម្សាន្តឥតគិតថ្លៃសម្រាប់នារីវ័យក្មេង ទៅប្រទេសចិន "
            + "យើងរក្សាលិខិតឆ្លងដែនរបស់អ្នក";
    static final String THAI_MARRIAGE = "หาสาวแต่งงานกับสามีชาวจีน พ่อแม่จะได้สินสอดสองแสนบาท "
            + "นายหน้าทำพาสปอร์ตและวีซ่าให้ทั้งหมด";
    static final String ENGLISH_MARRIAGE = "Pretty girls wanted to marry rich Chinese husbands. Your parents get "
            + "a bride price of 100,000 baht. Our agent arranges the passport and visa, leave within 7 days.";

    private static RiskLevel level(String text, Language lang) {
        return CHECK.assess(text, lang).level();
    }

    @Test
    void theLaoJobAdIsHighThoughItWordsTheSignsInAnotherOrderAndWithAnotherVerb() {
        RedFlagAssessment a = CHECK.assess(LAO_JOB, Language.lo);
        assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.hits()).extracting(RedFlagHit::ruleId)
                .contains("job.passport-retention", "job.high-pay-no-experience");
        RedFlagHit passport = a.hits().stream().filter(h -> h.ruleId().equals("job.passport-retention")).findFirst()
                .orElseThrow();
        // the triggers are the offer's own words, where they stand
        assertThat(passport.triggers()).extracting(Trigger::text).containsExactly("ເກັບ", "ໜັງສືຜ່ານແດນ");
        Trigger first = passport.triggers().get(0);
        assertThat(LAO_JOB.substring(first.start(), first.end())).isEqualTo("ເກັບ");
    }

    @Test
    void theBurmeseKhmerThaiAndEnglishMarriageAndTripAdsAreHigh() {
        assertThat(level(BURMESE_MARRIAGE, Language.my)).isEqualTo(RiskLevel.HIGH);
        assertThat(level(KHMER_TRIP, Language.km)).isEqualTo(RiskLevel.HIGH);
        assertThat(level(THAI_MARRIAGE, Language.th)).isEqualTo(RiskLevel.HIGH);
        assertThat(level(ENGLISH_MARRIAGE, Language.en)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void theBurmeseAdTypedInZawgyiIsConvertedAndHighWithTriggersAsTyped() {
        String zawgyi = com.ibm.icu.text.Transliterator.getInstance("my-Zawgyi").transliterate(BURMESE_MARRIAGE);
        assertThat(zawgyi).isNotEqualTo(BURMESE_MARRIAGE);
        assertThat(Zawgyi.toUnicode(zawgyi)).isEqualTo(BURMESE_MARRIAGE);
        RedFlagAssessment a = CHECK.assess(zawgyi, Language.my);
        assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
        for (RedFlagHit hit : a.hits()) {
            for (Trigger t : hit.triggers()) {
                assertThat(zawgyi.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
        // the Unicode half of a text mixing both is left alone
        String mixed = BURMESE_MARRIAGE + "\n" + zawgyi;
        assertThat(Zawgyi.toUnicode(mixed)).isEqualTo(BURMESE_MARRIAGE + "\n" + BURMESE_MARRIAGE);
    }

    @Test
    void nationalNumbersAreReadForTheCountryOfTheText() {
        assertThat(phones(LAO_JOB, "lo")).containsExactly("+8562099000456");
        assertThat(phones("Tuyển gấp nhân viên phục vụ, lương cao, liên hệ anh Minh 0900 000 123 để biết thêm", "vi"))
                .containsExactly("+84900000123");
        assertThat(phones("အလုပ်ခေါ်နေသည် ဖုန်း 09 7900 0456 သို့ ဆက်သွယ်ပါ", "my")).first()
                .isEqualTo("+95979000456");
        // the reader's language alone counts too, if less than the script
        assertThat(phones("call 020 9900 0456", "lo")).first().isEqualTo("+8562099000456");
    }

    @Test
    void whereTwoCountriesStayPlausibleBothReadingsAreShown() {
        ExtractedIndicator phone = EXTRACTOR.extract("call 0812345678", null, "en").get(0);
        assertThat(phone.indicator().value()).isEqualTo("+66812345678");
        assertThat(phone.alternatives()).extracting(Indicator::value).contains("+84812345678", "+95812345678");
        // a Thai ad about a Phnom Penh restaurant: Thai first, Cambodian beside it
        ExtractedIndicator pp = EXTRACTOR.extract("ร้านอาหารในพนมเปญ โทร 023 880 123", null, "th").get(0);
        assertThat(pp.indicator().value()).isEqualTo("+6623880123");
        assertThat(pp.alternatives()).extracting(Indicator::value).containsExactly("+85523880123");
    }

    @Test
    void workingHoursDatesPricesAndRangesAreNoPhoneNumbers() {
        assertThat(phones("เวลาทำงาน 08.00-17.00 น. จันทร์ถึงเสาร์", "th")).isEmpty();
        assertThat(phones("Open 9:00 - 18:00, closed 31/12/2026 and 2027-01-01", "en")).isEmpty();
        assertThat(phones("Salary 15000-20000 per month, bonus 30000 baht", "en")).isEmpty();
        assertThat(phones("ເງິນເດືອນ 3000000 ກີບ", "lo")).isEmpty();
        // and a real number next to the hours is still found
        assertThat(phones("เวลาทำงาน 08.00-17.00 น. โทร 081 234 5678", "th")).containsExactly("+66812345678");
    }

    @Test
    void aLineIdInATipMeetsTheSameIdInAnOffer() {
        Indicator inOffer = EXTRACTOR.extract("สนใจติดต่อ LINE: @jobcambodia88", null, "th").get(0).indicator();
        assertThat(inOffer.value()).isEqualTo("line:@jobcambodia88");
        for (String inTip : List.of("@jobcambodia88 (LINE)", "ไลน์ @jobcambodia88", "ໄລນ໌ @jobcambodia88",
                "LINE @JobCambodia88", "line:@jobcambodia88")) {
            assertThat(NORMALISER.normalise(IndicatorType.HANDLE, inTip)).as(inTip).isEqualTo(inOffer);
        }
        // in free text, an @name next to a messenger's name in any of the languages
        assertThat(EXTRACTOR.extract("ຕິດຕໍ່ທາງ ໄລນ໌ ໄດ້ທີ່ @jobcambodia88 ເດີ້", null, "lo")).extracting(e -> e.indicator().value())
                .containsExactly("line:@jobcambodia88");
        assertThat(EXTRACTOR.extract("ទាក់ទងតាម តេឡេក្រាម @asiajobs_hr", null, "km")).extracting(e -> e.indicator().value())
                .containsExactly("telegram:@asiajobs_hr");
    }

    @Test
    void aBareAtNameIsAnIndicatorWhoseReadingsIncludeTheLineId() {
        List<ExtractedIndicator> found = EXTRACTOR.extract("@jobcambodia88", null, "en");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).alternatives()).extracting(Indicator::value).contains("line:@jobcambodia88");
        // and a tip that typed the bare name is found from the LINE id in an offer
        Indicator bareInTip = NORMALISER.normalise(IndicatorType.HANDLE, "@jobcambodia88");
        assertThat(IndicatorNormaliser.withoutApp(new Indicator(IndicatorType.HANDLE, "line:@jobcambodia88")))
                .contains(bareInTip);
        // an e-mail address is no handle
        assertThat(EXTRACTOR.extract("write to hr@jobcambodia88.com", null, "en"))
                .noneMatch(e -> e.indicator().type() == IndicatorType.HANDLE);
    }

    @Test
    void aNotBeforeTheWordsOrAnOwnerAfterThemIsNoPassportRetention() {
        for (String ordinary : List.of("We never keep your passport.", "Workers keep their own passports.",
                "Keep your passport with you at all times.", "公司不扣押护照", "นายจ้างไม่ยึดหนังสือเดินทาง",
                "Công ty không giữ hộ chiếu của người lao động", "ບໍລິສັດບໍ່ເກັບໜັງສືຜ່ານແດນ",
                "កម្មកររក្សាលិខិតឆ្លងដែនដោយខ្លួនឯង")) {
            assertThat(CHECK.assess(ordinary, Language.en).hits()).as(ordinary).extracting(RedFlagHit::ruleId)
                    .doesNotContain("job.passport-retention");
        }
        // a "not" after the words belongs to the next clause: "we keep it so that it does not get lost"
        for (String lure : List.of("We keep your passport so it does not get lost.",
                "យើងរក្សាលិខិតឆ្លងដែនរបស់អ្នកកុំឱ្យបាត់", "บริษัทเก็บพาสปอร์ตไว้ให้ ไม่ต้องกังวล")) {
            assertThat(CHECK.assess(lure, Language.en).hits()).as(lure).extracting(RedFlagHit::ruleId)
                    .contains("job.passport-retention");
        }
    }

    private static List<String> phones(String text, String lang) {
        return EXTRACTOR.extract(text, null, lang).stream().filter(e -> e.indicator().type() == IndicatorType.PHONE)
                .map(e -> e.indicator().value()).toList();
    }
}
