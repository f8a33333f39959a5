package org.lurewatch.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.TipApi;
import tools.jackson.databind.JsonNode;

/** The receipt holder's side: status in their language, staff messages, answering, and nothing to guess from. */
class TipFollowUpApiTest extends TipApiTestBase {

    @Test
    void theStatusIsWordedForTheTipsterInTheirLanguage() {
        String receipt = api.submitForReceipt(TipApi.tip(Map.of("language", "th")));

        JsonNode status = api.status(receipt).path("data").path("tipStatus");
        assertThat(status.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(status.path("language").asString()).isEqualTo("th");
        assertThat(status.path("statusText").asString()).contains("ได้รับแล้ว");
        assertThat(Instant.parse(status.path("submittedAt").asString()).truncatedTo(ChronoUnit.HOURS))
                .isEqualTo(Instant.parse(status.path("submittedAt").asString()));
        assertThat(status.path("messages")).isEmpty();

        Map<String, Object> vars = new HashMap<>();
        vars.put("receipt", receipt);
        vars.put("lang", "my");
        JsonNode burmese = client.query(TipApi.STATUS, vars).data().path("tipStatus");
        assertThat(burmese.path("language").asString()).isEqualTo("my");
        assertThat(burmese.path("statusText").asString()).contains("လက်ခံရရှိပြီး");
    }

    @Test
    void staffRepliesAndStatusReachTheTipsterAndTheTipsterCanAnswer() {
        String receipt = api.submitForReceipt(TipApi.tip(Map.of("language", "vi")));
        String tipId = submitted.lastId();

        records.addStaffReply(tipId, "Chị có biết tên công ty không? <b>Cảm ơn</b>");
        records.setStatus(tipId, TipStatus.NEEDS_INFO);
        JsonNode status = api.status(receipt).path("data").path("tipStatus");
        assertThat(status.path("status").asString()).isEqualTo("NEEDS_INFO");
        assertThat(status.path("statusText").asString()).contains("câu hỏi");
        assertThat(status.path("messages").path(0).path("text").asString()).isEqualTo("Chị có biết tên công ty không? Cảm ơn");

        JsonNode answered = api.addMessage(receipt, "Công ty tên là <i>Golden Star</i> 🌟 & ở Poipet");
        assertThat(answered.has("errors")).as(answered.toString()).isFalse();
        assertThat(answered.path("data").path("addTipMessage").path("messages"))
                .as("the tipster's own words are not shown to whoever holds the receipt").hasSize(1);

        TipRecord tip = records.find(tipId).orElseThrow();
        assertThat(tip.messages()).extracting(TipRecord.Message::author)
                .containsExactly(TipRecord.Author.STAFF, TipRecord.Author.TIPSTER);
        TipRecord.Message reply = tip.messages().get(1);
        assertThat(reply.text()).isEqualTo("Công ty tên là Golden Star 🌟 & ở Poipet");
        assertThat(reply.at()).isEqualTo(reply.at().truncatedTo(ChronoUnit.HOURS));
    }

    @Test
    void unknownAndWrongReceiptsGetTheSameAnswer() {
        String receipt = api.submitForReceipt(TipApi.tip()).replace(" ", "");
        char last = receipt.charAt(15);
        String wrong = receipt.substring(0, 15) + (last == '9' ? '0' : (char) (last + 1));

        JsonNode unknown = api.status("0000 0000 0000 0000").path("errors").path(0);
        JsonNode mistyped = api.status(wrong).path("errors").path(0);
        JsonNode messageToWrong = api.addMessage(wrong, "hello").path("errors").path(0);

        assertThat(unknown.path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(mistyped.path("message")).isEqualTo(unknown.path("message"));
        assertThat(mistyped.path("extensions")).isEqualTo(unknown.path("extensions"));
        assertThat(messageToWrong.path("message")).isEqualTo(unknown.path("message"));
        assertThat(messageToWrong.path("extensions")).isEqualTo(unknown.path("extensions"));
    }

    @Test
    void aReceiptIsReadInAnyScriptButMustBeSixteenDigits() {
        String receipt = api.submitForReceipt(TipApi.tip());
        String thaiDigits = receipt.chars().mapToObj(c -> Character.isDigit(c)
                ? String.valueOf((char) ('๐' + (c - '0'))) : "-").reduce("", String::concat);
        assertThat(api.status(thaiDigits).path("data").path("tipStatus").path("status").asString()).isEqualTo("RECEIVED");

        for (String malformed : new String[] {"1234 5678 9012 345", "1234 5678 9012 34567", "abcd efgh ijkl mnop"}) {
            JsonNode error = api.status(malformed).path("errors").path(0);
            assertThat(error.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
            assertThat(error.path("extensions").path("field").asString()).isEqualTo("receipt");
            assertThat(error.path("message").asString()).contains("16-digit");
        }
    }

    @Test
    void followUpMessagesAreCleanedAndCapped() {
        String receipt = api.submitForReceipt(TipApi.tip());
        JsonNode tooLong = api.addMessage(receipt, "m".repeat(4_001)).path("errors").path(0);
        assertThat(tooLong.path("extensions").path("field").asString()).isEqualTo("text");
        assertThat(tooLong.path("message").asString()).contains("4000");

        JsonNode empty = api.addMessage(receipt, "<p></p>").path("errors").path(0);
        assertThat(empty.path("extensions").path("field").asString()).isEqualTo("text");
    }
}
