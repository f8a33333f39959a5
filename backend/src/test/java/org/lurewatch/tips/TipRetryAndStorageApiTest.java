package org.lurewatch.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.TipApi;
import tools.jackson.databind.JsonNode;

/** The idempotent retry, and what a database dump holds: ciphertext, keyed hashes, the hour. */
class TipRetryAndStorageApiTest extends TipApiTestBase {

    @Test
    void aRetryWithTheSameKeyStoresNoSecondTipAndEveryReceiptWorks() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> input = TipApi.tip(Map.of("idempotencyKey", key));
        Map<String, Object> proof = api.proof();
        long before = mongo.getCollection("tips").countDocuments();

        JsonNode first = api.submit(input, proof).path("data").path("submitTip");
        // the connection dropped: the client sends exactly the same request again, spent proof and all
        JsonNode same = api.submit(input, proof).path("data").path("submitTip");
        // or it starts over with a fresh proof
        JsonNode fresh = api.submit(input, api.proof()).path("data").path("submitTip");

        assertThat(mongo.getCollection("tips").countDocuments()).isEqualTo(before + 1);
        assertThat(first.path("retried").asBoolean()).isFalse();
        assertThat(same.path("retried").asBoolean()).isTrue();
        assertThat(fresh.path("retried").asBoolean()).isTrue();
        List<String> receipts = List.of(first.path("receipt").asString(), same.path("receipt").asString(),
                fresh.path("receipt").asString());
        assertThat(Set.copyOf(receipts)).hasSize(3);
        for (String receipt : receipts) {
            assertThat(api.status(receipt).path("data").path("tipStatus").path("status").asString())
                    .as(receipt).isEqualTo("RECEIVED");
        }
    }

    /** Issue 22, finding 5: a spent and expired challenge was a permanent receipt generator. */
    @Test
    void aSpentAndExpiredChallengeBuysNoReceipt() {
        Map<String, Object> input = TipApi.tip(Map.of("idempotencyKey", UUID.randomUUID().toString()));
        Map<String, Object> proof = api.proof();
        api.submit(input, proof);
        clock.advance(java.time.Duration.ofMinutes(11));
        JsonNode resent = api.submit(input, proof);
        assertThat(resent.path("data").path("submitTip").isMissingNode() || resent.path("data").path("submitTip").isNull())
                .as(resent.toString()).isTrue();
        assertThat(resent.path("errors").path(0).path("extensions").path("reason").asString()).isEqualTo("EXPIRED");
    }

    /** Issue 22, finding 5: retries never evict a receipt the tipster holds; past the cap they are refused. */
    @Test
    void retriesNeverEvictAReceiptAndStopAtTheCap() {
        Map<String, Object> input = TipApi.tip(Map.of("idempotencyKey", UUID.randomUUID().toString()));
        String original = api.submitForReceipt(input);
        for (int i = 1; i < 5; i++) {
            JsonNode retry = api.submit(input, api.proof());
            assertThat(retry.path("data").path("submitTip").path("retried").asBoolean()).as(retry.toString()).isTrue();
        }
        JsonNode sixth = api.submit(input, api.proof());
        assertThat(sixth.path("errors").path(0).path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(sixth.path("errors").path(0).path("extensions").path("field").asString()).isEqualTo("idempotencyKey");
        assertThat(api.status(original).path("data").path("tipStatus").path("status").asString())
                .as("the first receipt still works").isEqualTo("RECEIVED");
    }

    /** Issue 22, finding 5: a "retry" with another story was silently answered with the first tip's receipt. */
    @Test
    void aRetryWhoseStoryDiffersIsRefusedNamingTheField() {
        String key = UUID.randomUUID().toString();
        api.submitForReceipt(TipApi.tip(Map.of("idempotencyKey", key, "story", "The first story about a casino job")));
        JsonNode other = api.submit(TipApi.tip(Map.of("idempotencyKey", key, "story", "A different story about a bride")));
        JsonNode error = other.path("errors").path(0);
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo("story");
        assertThat(error.path("message").asString()).contains("differs", "new idempotencyKey");
        JsonNode otherPlace = api.submit(TipApi.tip(Map.of("idempotencyKey", key,
                "story", "The first story about a casino job", "place", "Elsewhere")));
        assertThat(otherPlace.path("errors").path(0).path("extensions").path("field").asString()).isEqualTo("place");
    }

    /** Issue 22, finding 5: a retry is accepted only shortly after sending, never for ever. */
    @Test
    void aRetryIsAcceptedOnlyShortlyAfterSending() {
        Map<String, Object> input = TipApi.tip(Map.of("idempotencyKey", UUID.randomUUID().toString()));
        api.submitForReceipt(input);
        clock.advance(java.time.Duration.ofMinutes(59));
        assertThat(api.submit(input, api.proof()).path("data").path("submitTip").path("retried").asBoolean()).isTrue();
        clock.advance(java.time.Duration.ofHours(2));
        JsonNode late = api.submit(input, api.proof());
        assertThat(late.path("errors").path(0).path("extensions").path("field").asString()).isEqualTo("idempotencyKey");
        assertThat(late.path("errors").path(0).path("message").asString()).contains("more than an hour ago");
    }

    @Test
    void aRetryStillNeedsAGenuineSolution() {
        Map<String, Object> input = TipApi.tip();
        api.submitForReceipt(input);
        JsonNode error = api.submit(input, Map.of("challenge", "v1.forged", "nonce", "1")).path("errors").path(0);
        assertThat(error.path("extensions").path("field").asString()).isEqualTo("proofOfWork");
    }

    @Test
    void aDatabaseDumpRevealsNoTipText() {
        String story = "Distinctive story QxZ7f3aWvK: the boss Mr Somchai keeps our passports in Shwe Kokko";
        String place = "Distinctive place QxZ7f3aWvK Myawaddy";
        String contact = "Distinctive contact QxZ7f3aWvK sister@example.org";
        String indicator = "+66 81 777 3311";
        String key = UUID.randomUUID().toString();
        JsonNode answer = api.submit(TipApi.tip(Map.of("story", story, "place", place, "contact", contact,
                "indicators", List.of(Map.of("type", "PHONE", "value", indicator)), "idempotencyKey", key)))
                .path("data").path("submitTip");
        api.addMessage(answer.path("receipt").asString(), "Distinctive follow-up QxZ7f3aWvK");
        String receiptDigits = answer.path("receipt").asString().replace(" ", "");

        String dump = String.join("\n", rawDump());
        assertThat(dump).doesNotContain("QxZ7f3aWvK", "Somchai", "Myawaddy", "example.org", "777 3311", "7773311",
                receiptDigits, key);

        TipRecord tip = records.find(submitted.lastId()).orElseThrow();
        assertThat(tip.story()).isEqualTo(story);
        assertThat(tip.messages()).extracting(TipRecord.Message::text).containsExactly("Distinctive follow-up QxZ7f3aWvK");
    }

    @Test
    void eachCiphertextRecordsItsKeyAndTheTimeIsCoarsenedToTheHour() {
        api.submitForReceipt(TipApi.tip(Map.of("contact", "x")));
        Document stored = mongo.getCollection("tips").find(new Document("_id", submitted.lastId())).first();

        for (String field : List.of("story", "place", "contact")) {
            Document sealed = stored.get(field, Document.class);
            assertThat(sealed.getInteger("k")).as(field).isNotNull();
            assertThat(sealed.get("c")).as(field).isInstanceOf(org.bson.types.Binary.class);
        }
        assertThat(stored.getList("indicators", Document.class).get(0).get("raw", Document.class).getInteger("k")).isNotNull();
        assertThat(stored.getDate("submittedHour").toInstant())
                .isEqualTo(stored.getDate("submittedHour").toInstant().truncatedTo(ChronoUnit.HOURS));
        assertThat(stored.getString("_id")).as("a random id, not an ObjectId with its timestamp")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void aCiphertextMovedToAnotherTipDoesNotDecrypt() {
        api.submitForReceipt(TipApi.tip(Map.of("story", "first story")));
        String first = submitted.lastId();
        api.submitForReceipt(TipApi.tip(Map.of("story", "second story")));
        String second = submitted.lastId();
        Document firstStory = mongo.getCollection("tips").find(new Document("_id", first)).first().get("story", Document.class);
        mongo.getCollection("tips").updateOne(new Document("_id", second), new Document("$set", new Document("story", firstStory)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> records.find(second))
                .hasMessageContaining("does not decrypt");
    }
}
