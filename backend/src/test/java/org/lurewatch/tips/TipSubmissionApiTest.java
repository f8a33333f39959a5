package org.lurewatch.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lurewatch.common.Language;
import org.lurewatch.support.TipApi;
import tools.jackson.databind.JsonNode;

/** Sending a tip over real HTTP: cleaning, caps, the answer, emergency numbers, languages. */
class TipSubmissionApiTest extends TipApiTestBase {

    @ParameterizedTest
    @ValueSource(strings = {
            "นายหน้าบอกว่างานที่กัมพูชาได้เงินเดือน 50,000 บาท แต่ยึดพาสปอร์ตไว้",
            "ເຂົາເຈົ້າສັນຍາວ່າຈະໄດ້ວຽກຢູ່ຈີນ ແລະ ເງິນເດືອນສູງ",
            "ពួកគេបានសន្យាការងារនៅថៃ ប៉ុន្តែបានយកលិខិតឆ្លងដែនរបស់ខ្ញុំ",
            "ကျွန်တော့်အစ်မကို တရုတ်ပြည်မှာ လက်ထပ်ပေးမယ်လို့ ပွဲစားက ပြောတယ်",
            "Họ hứa việc làm lương cao ở Campuchia, rồi giữ hộ chiếu của em tôi",
            "中介说：“工资很高，包吃包住！”（不要告诉家人）——月薪８０００元？",
            "Help 🙏🏽 my sister 👩‍👧 is stuck, they said \"free trip\" ✈️",
            "Salary < 500 USD, hours > 16 a day & no days off; tags like <3 and a&b stay"})
    void textInEveryScriptReachesStaffExactlyAsTyped(String typed) {
        TipRecord tip = submitAndRead(TipApi.tip(Map.of("story", typed, "place", prefix(typed, 10),
                "contact", prefix(typed, 12), "indicators", List.of(Map.of("value", prefix(typed, 8))))));

        assertThat(tip.story()).isEqualTo(typed);
        assertThat(tip.place()).isEqualTo(prefix(typed, 10).strip());
        assertThat(tip.contact()).isEqualTo(prefix(typed, 12).strip());
        assertThat(tip.indicators()).extracting(TipRecord.Indicator::raw).containsExactly(prefix(typed, 8).strip());
    }

    /** The first {@code n} code points (never half a surrogate pair). */
    private static String prefix(String text, int n) {
        return text.substring(0, text.offsetByCodePoints(0, n));
    }

    @Test
    void markupIsRemovedButTextTypedAsTextStays() {
        TipRecord tip = submitAndRead(TipApi.tip(Map.of(
                "story", "<script>alert('x')</script><b>Help</b> us <img src=x onerror=alert(1)>now & fast <3",
                "place", "<a href=\"javascript:alert(1)\">Poipet</a>\u202E",
                "contact", "<iframe src=//evil></iframe>line: sister99")));

        assertThat(tip.story()).isEqualTo("Help us now & fast <3");
        assertThat(tip.place()).isEqualTo("Poipet");
        assertThat(tip.contact()).isEqualTo("line: sister99");
    }

    @Test
    void everyFieldArrivesAsSent() {
        TipRecord tip = submitAndRead(TipApi.tip(Map.of("category", "MARRIAGE_OFFER", "country", "vn",
                "channel", "ZALO", "language", "vi", "reportingFor", "MYSELF", "inDangerNow", true,
                "indicators", List.of(Map.of("type", "PHONE", "value", "+84 912 345 678"),
                        Map.of("value", "Bà Lan, người môi giới")))));

        assertThat(tip.category()).hasToString("MARRIAGE_OFFER");
        assertThat(tip.country()).isEqualTo("VN");
        assertThat(tip.channel()).isEqualTo(TipChannel.ZALO);
        assertThat(tip.language()).isEqualTo(Language.vi);
        assertThat(tip.reportingFor()).isEqualTo(ReportingFor.MYSELF);
        assertThat(tip.inDangerNow()).isTrue();
        assertThat(tip.status()).isEqualTo(TipStatus.RECEIVED);
        assertThat(tip.indicators()).hasSize(2);
        assertThat(tip.indicators().get(0).linkHash()).isNotBlank();
        assertThat(tip.indicators().get(1).type()).isNull();
        assertThat(tip.indicators().get(1).linkHash()).as("an indicator of unknown type is kept but not linked").isNull();
    }

    @Test
    void tooLongTextIsRefusedNamingTheFieldAndTheLimit() {
        assertRefused(Map.of("story", "x".repeat(8_001)), "story", "8000");
        assertRefused(Map.of("place", "p".repeat(201)), "place", "200");
        assertRefused(Map.of("contact", "c".repeat(501)), "contact", "500");
        assertRefused(Map.of("indicators", List.of(Map.of("value", "9".repeat(301)))), "indicators[0].value", "300");
        assertRefused(Map.of("indicators", TipApi.indicators(21)), "indicators", "20");
        assertRefused(Map.of("story", "<b></b>  "), "story", "empty");
        assertRefused(Map.of("country", "Thailand"), "country", "ISO 3166-1");
        assertRefused(Map.of("idempotencyKey", "short"), "idempotencyKey", "16 to 128");
        // far too long is refused before it is sanitised (the request size limit stops megabytes earlier still)
        assertRefused(Map.of("story", "y".repeat(40_000)), "story", "8000");
        // the cap counts characters, not bytes: 8,000 emoji fit
        assertThat(api.submit(TipApi.tip(Map.of("story", "🙏".repeat(8_000)))).has("errors")).isFalse();
    }

    private void assertRefused(Map<String, Object> overrides, String field, String mentions) {
        JsonNode error = api.submit(TipApi.tip(overrides)).path("errors").path(0);
        assertThat(error.path("extensions").path("code").asString()).as(error.toString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo(field);
        assertThat(error.path("message").asString()).contains(field).contains(mentions);
    }

    @Test
    void theAnswerCarriesAReceiptAndWhatHappensNext() {
        JsonNode answer = api.submit(TipApi.tip()).path("data").path("submitTip");

        assertThat(answer.path("receipt").asString()).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
        assertThat(answer.path("language").asString()).isEqualTo("en");
        assertThat(answer.path("whatHappensNext")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(answer.path("whatHappensNext").toString()).contains("receipt", "encrypted");
        assertThat(answer.path("emergencyNumbers")).as("nobody in danger").isEmpty();
        assertThat(answer.path("retried").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whatHappensNextIsInTheTipsLanguage(Language language) {
        JsonNode answer = api.submit(TipApi.tip(Map.of("language", language.name()))).path("data").path("submitTip");
        JsonNode english = api.submit(TipApi.tip(Map.of("language", "en"))).path("data").path("submitTip");

        assertThat(answer.path("language").asString()).isEqualTo(language.name());
        if (language != Language.en) {
            assertThat(answer.path("whatHappensNext")).isNotEqualTo(english.path("whatHappensNext"));
        }
    }

    @Test
    void someoneInDangerGetsTheEmergencyNumbersOfTheTipsCountryInTheirLanguage() {
        JsonNode answer = api.submit(TipApi.tip(Map.of("inDangerNow", true, "country", "KH", "language", "km")))
                .path("data").path("submitTip");

        assertThat(answer.path("emergencyNumbers").findValuesAsString("number")).containsExactly("117", "1288");
        JsonNode police = answer.path("emergencyNumbers").path(0);
        assertThat(police.path("country").asString()).isEqualTo("KH");
        assertThat(police.path("language").asString()).isEqualTo("km");
        assertThat(police.path("service").asString()).contains("ប៉ូលិស");
        assertThat(police.path("source").asString()).isNotBlank();
        assertThat(answer.path("whatHappensNext").path(0).asString()).as("the danger advice comes first")
                .contains("សង្គ្រោះបន្ទាន់");
    }

    @Test
    void emergencyNumbersArePublic() {
        JsonNode th = client.query("{ emergencyNumbers(country: \"TH\", lang: th) { number service language checked } }")
                .data().path("emergencyNumbers");
        assertThat(th.findValuesAsString("number")).containsExactly("191", "1155", "1300");
        assertThat(th.path(0).path("language").asString()).isEqualTo("th");

        for (String country : List.of("VN", "KH", "LA", "MM", "CN")) {
            assertThat(client.query("{ emergencyNumbers(country: \"" + country + "\") { number } }")
                    .data().path("emergencyNumbers")).as(country).isNotEmpty();
        }
        assertThat(client.query("{ emergencyNumbers(country: \"FR\") { number } }").data().path("emergencyNumbers")).isEmpty();
        assertThat(client.query("{ emergencyNumbers(country: \"XX\") { number } }").firstError()
                .path("extensions").path("field").asString()).isEqualTo("country");
    }

    @Test
    void tipsNamingTheSamePhoneHoweverTypedAreLinkedWithoutDecrypting() {
        TipRecord first = submitAndRead(TipApi.tip(Map.of("country", "TH",
                "indicators", List.of(Map.of("type", "PHONE", "value", "081-234-5678")))));
        TipRecord second = submitAndRead(TipApi.tip(Map.of("country", "KH",
                "indicators", List.of(Map.of("type", "PHONE", "value", "+66 81 234 5678")))));
        TipRecord other = submitAndRead(TipApi.tip(Map.of("country", "TH",
                "indicators", List.of(Map.of("type", "PHONE", "value", "081-999-9999")))));
        TipRecord notAPhone = submitAndRead(TipApi.tip(Map.of(
                "indicators", List.of(Map.of("type", "PHONE", "value", "the boss, Mr Li")))));

        String link = first.indicators().get(0).linkHash();
        assertThat(first.indicators().get(0).raw()).as("kept as typed").isEqualTo("081-234-5678");
        assertThat(second.indicators().get(0).linkHash()).isEqualTo(link);
        assertThat(other.indicators().get(0).linkHash()).isNotEqualTo(link);
        assertThat(records.idsWithIndicator(link)).contains(first.id(), second.id()).doesNotContain(other.id());
        assertThat(records.linkHash(new org.lurewatch.indicators.Indicator(
                org.lurewatch.indicators.IndicatorType.PHONE, "+66812345678"))).isEqualTo(link);
        assertThat(notAPhone.indicators().get(0).raw()).as("a typo does not cost the tip").isEqualTo("the boss, Mr Li");
        assertThat(notAPhone.indicators().get(0).linkHash()).isNull();
    }
}
