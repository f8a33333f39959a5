package org.lurewatch.offercheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.warnings.Category;
import org.lurewatch.common.UserInputException;

/** Whole offers, as people paste them, through the public facade with the shipped rules. */
class RedFlagCheckTest {

    private static final RedFlagCheck CHECK = new RedFlagCheck();

    static final String SCAM_COMPOUND_AD = """
            URGENT HIRING!!! Customer service / typing staff needed for a company in Sihanoukville, Cambodia.
            No experience needed, high salary $1,500 - $3,000 per month + commission.
            Free air tickets, free food and accommodation. Interview via Telegram only.
            Travel on a tourist visa, the company will keep your passport for safety.
            Leave within 3 days. Don't tell your family until you arrive. Contact @goldenjobs88
            """;

    static final String THAI_SCAM_AD = """
            ด่วน!! รับสมัครแอดมินออนไลน์ ทำงานที่เมียวดี งานง่ายรายได้ดี เงินเดือน 50,000 บาท
            ไม่ต้องมีประสบการณ์ ตั๋วเครื่องบินฟรี ที่พักฟรี สัมภาษณ์ทางไลน์
            ใช้วีซ่าท่องเที่ยวได้ บริษัทเก็บพาสปอร์ตไว้ให้ เดินทางได้ทันที ทักไลน์ @goldjob
            """;

    static final String TRAVEL_LURE = """
            Hi dear, I know we only met online but I really like you. Come visit me in Bangkok!
            I will pay for everything, your ticket is already booked, just send me your passport photo.
            Someone will pick you up at the airport and then we continue by car to Mae Sot.
            Don't tell your parents, it will be our surprise.
            """;

    static final String MARRIAGE_LURE = """
            Marriage agency: we find you a rich Chinese husband. Your family will receive money,
            a bride price of 50 million dong. Marry within a week, no need to speak Chinese.
            We arrange all documents. You can send money home every month.
            """;

    static final String VIETNAMESE_MARRIAGE_LURE = """
            Dịch vụ môi giới hôn nhân: lấy chồng Trung Quốc, gia đình sẽ nhận được tiền sính lễ 100 triệu.
            Cưới nhanh trong một tuần, không cần biết tiếng Trung, bên em lo giấy tờ.
            """;

    static final String LEGITIMATE_AD = """
            Now hiring: Cashier at FreshMart Supermarket, Bang Na branch, Bangkok.
            Salary 12,000 baht per month plus overtime, social security and uniform.
            Full-time, 6 days a week. No experience needed, training provided. No fees.
            Apply in person at the store with your ID card, Monday to Friday 9:00-17:00. Tel. 02-123-4567.
            """;

    static final String LEGITIMATE_THAI_AD = """
            รับสมัครพนักงานแคชเชียร์ ประจำสาขาบางนา กรุงเทพฯ เงินเดือน 12,000 บาท มีประกันสังคม
            ไม่ต้องมีประสบการณ์ มีการอบรมให้ ไม่มีค่าสมัคร สมัครด้วยตนเองที่ร้าน พร้อมบัตรประชาชน
            """;

    @Test
    void aScamCompoundJobAdIsHigh() {
        RedFlagAssessment result = CHECK.assess(SCAM_COMPOUND_AD, Language.en);
        assertThat(result.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.hits()).extracting(RedFlagHit::ruleId).contains("job.scam-compound-location",
                "job.online-scam-work", "job.high-pay-no-experience", "job.unrealistic-salary",
                "job.free-travel-lodging", "job.chat-only-interview", "job.tourist-visa-work",
                "job.passport-retention", "job.urgent-departure", "job.secrecy");
    }

    @Test
    void aThaiScamAdIsHigh() {
        RedFlagAssessment result = CHECK.assess(THAI_SCAM_AD, Language.th);
        assertThat(result.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.hits()).extracting(RedFlagHit::ruleId).contains("job.scam-compound-location",
                "job.high-pay-no-experience", "job.free-travel-lodging", "job.chat-only-interview",
                "job.tourist-visa-work", "job.passport-retention");
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.explanationLanguage()).isEqualTo(Language.th));
    }

    @Test
    void aTravelLureIsHigh() {
        RedFlagAssessment result = CHECK.assess(TRAVEL_LURE, Language.en);
        assertThat(result.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.hits()).extracting(RedFlagHit::category).contains(Category.TRAVEL_OFFER);
        assertThat(result.hits()).extracting(RedFlagHit::ruleId).contains("travel.online-friend-arranges",
                "travel.free-trip-by-stranger", "travel.ticket-already-booked", "travel.escort-pickup");
    }

    @Test
    void aMarriageBrokerLureIsHigh() {
        RedFlagAssessment result = CHECK.assess(MARRIAGE_LURE, Language.en);
        assertThat(result.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.hits()).extracting(RedFlagHit::category).containsOnly(Category.MARRIAGE_OFFER);
        assertThat(CHECK.assess(VIETNAMESE_MARRIAGE_LURE, Language.vi).level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void anOrdinaryJobAdIsNotHigh() {
        RedFlagAssessment english = CHECK.assess(LEGITIMATE_AD, Language.en);
        assertThat(english.level()).isNotEqualTo(RiskLevel.HIGH);
        assertThat(english.hits()).isEmpty();
        RedFlagAssessment thai = CHECK.assess(LEGITIMATE_THAI_AD, Language.th);
        assertThat(thai.level()).isNotEqualTo(RiskLevel.HIGH);
        assertThat(thai.hits()).isEmpty();
    }

    @Test
    void aCoffeeShopPaysNoFee() {
        RedFlagAssessment result = CHECK.assess("Barista wanted for our coffee shop. Free coffee for staff!",
                Language.en);
        assertThat(result.hits()).extracting(RedFlagHit::ruleId).doesNotContain("job.upfront-fee");
        assertThat(result.level()).isEqualTo(RiskLevel.NO_KNOWN_SIGNS);
    }

    @Test
    void hitsExplainInTheReadersLanguageWithTheSourceAndTheWordsAsWritten() {
        RedFlagAssessment result = CHECK.assess("Pay the Training Fee before departure.", Language.km);
        RedFlagHit fee = result.hits().stream().filter(h -> h.ruleId().equals("job.upfront-fee")).findFirst()
                .orElseThrow();
        assertThat(fee.explanationLanguage()).isEqualTo(Language.km);
        assertThat(fee.explanation()).contains("និយោជក");
        assertThat(fee.sourceUrl()).startsWith("https://");
        assertThat(fee.sourceTitle()).isNotBlank();
        assertThat(fee.category()).isEqualTo(Category.JOB_OFFER);
        assertThat(fee.triggers()).extracting(Trigger::text).contains("Training Fee");
    }

    @Test
    void hitsComeStrongestFirstAndTheTotalIsTheirSum() {
        RedFlagAssessment result = CHECK.assess(SCAM_COMPOUND_AD, Language.en);
        assertThat(result.hits()).extracting(RedFlagHit::weight).isSortedAccordingTo((a, b) -> b - a);
        assertThat(result.totalWeight()).isEqualTo(result.hits().stream().mapToInt(RedFlagHit::weight).sum());
    }

    @Test
    void aKnownIndicatorMakesAnyOfferHigh() {
        assertThat(CHECK.assess(LEGITIMATE_AD, Language.en, 1).level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void nothingFoundIsNeverCalledSafe() {
        RedFlagAssessment result = CHECK.assess("", Language.my);
        assertThat(result.level()).isEqualTo(RiskLevel.NO_KNOWN_SIGNS);
        assertThat(result.hits()).isEmpty();
        assertThat(result.totalWeight()).isZero();
    }

    @Test
    void tooLongATextIsRefused() {
        assertThatThrownBy(() -> CHECK.assess("x".repeat(RedFlagCheck.MAX_TEXT_LENGTH + 1), Language.en))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.field()).isEqualTo("text"));
    }
}
