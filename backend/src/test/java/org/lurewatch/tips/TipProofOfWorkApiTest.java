package org.lurewatch.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.ProofOfWorkSolver;
import org.lurewatch.support.TipApi;
import tools.jackson.databind.JsonNode;

/** submitTip refuses a missing, wrong, forged, expired or reused proof of work, each with a clear error. */
class TipProofOfWorkApiTest extends TipApiTestBase {

    @Test
    void theChallengeSaysHowToSolveIt() {
        JsonNode challenge = api.challenge();
        assertThat(challenge.path("challenge").asString()).startsWith("v1.");
        assertThat(challenge.path("difficulty").asInt()).isEqualTo(8);
        assertThat(challenge.path("expiresAt").asString()).isNotBlank();
        assertThat(challenge.path("algorithm").asString()).contains("SHA-256", "nonce");
    }

    @Test
    void aMissingProofIsRefused() {
        assertRefused(api.submit(TipApi.tip(), null), "MISSING", "tipChallenge");
        assertRefused(api.submit(TipApi.tip(), Map.of("challenge", "", "nonce", "1")), "MISSING", "tipChallenge");
    }

    @Test
    void aWrongNonceIsRefused() {
        JsonNode c = api.challenge();
        String challenge = c.path("challenge").asString();
        String wrong = ProofOfWorkSolver.wrongNonce(challenge, c.path("difficulty").asInt());
        assertRefused(api.submit(TipApi.tip(), Map.of("challenge", challenge, "nonce", wrong)), "INSUFFICIENT", "zero bits");
        assertRefused(api.submit(TipApi.tip(), Map.of("challenge", challenge, "nonce", "bad nonce!")), "INSUFFICIENT", "nonce");
    }

    @Test
    void aForgedOrGarbledChallengeIsRefused() {
        String genuine = api.challenge().path("challenge").asString();
        String[] parts = genuine.split("\\.");
        parts[3] = "0"; // an easier difficulty, signature kept
        String forged = String.join(".", parts);
        assertRefused(api.submit(TipApi.tip(), Map.of("challenge", forged, "nonce", "0")), "FORGED", "not issued by this server");
        assertRefused(api.submit(TipApi.tip(), Map.of("challenge", "hello", "nonce", "0")), "MALFORMED", "tipChallenge");
    }

    @Test
    void anExpiredChallengeIsRefused() {
        Map<String, Object> proof = api.proof();
        clock.advance(Duration.ofMinutes(11));
        assertRefused(api.submit(TipApi.tip(), proof), "EXPIRED", "expired");
    }

    @Test
    void aChallengeCountsOnce() {
        Map<String, Object> proof = api.proof();
        assertThat(api.submit(TipApi.tip(), proof).has("errors")).isFalse();
        long stored = mongo.getCollection("tips").countDocuments();
        assertRefused(api.submit(TipApi.tip(), proof), "REUSED", "already been used");
        assertThat(mongo.getCollection("tips").countDocuments()).as("nothing stored for the reused challenge").isEqualTo(stored);
    }

    @Test
    void tipsStoredBeforeChallengesWereRecordedDoNotBlockNewOnes() {
        // tips of earlier versions have no challenge hash: the unique index must skip them
        mongo.getCollection("tips").insertOne(new org.bson.Document("_id", "old-1").append("idempotencyKeyHash", "old-1"));
        mongo.getCollection("tips").insertOne(new org.bson.Document("_id", "old-2").append("idempotencyKeyHash", "old-2"));
        try {
            assertThat(api.submit(TipApi.tip(), api.proof()).has("errors")).isFalse();
            assertThat(api.submit(TipApi.tip(), api.proof()).has("errors")).isFalse();
        } finally {
            // half-made tips must not reach other tests sharing this database
            mongo.getCollection("tips").deleteMany(new org.bson.Document("_id",
                    new org.bson.Document("$in", java.util.List.of("old-1", "old-2"))));
        }
    }

    @Test
    void nothingIsStoredWhenTheProofIsRefused() {
        long before = mongo.getCollection("tips").countDocuments();
        Map<String, Object> none = new HashMap<>();
        none.put("challenge", "v1.x");
        none.put("nonce", "1");
        api.submit(TipApi.tip(), none);
        assertThat(mongo.getCollection("tips").countDocuments()).isEqualTo(before);
    }

    private static void assertRefused(JsonNode body, String reason, String messagePart) {
        JsonNode error = body.path("errors").path(0);
        assertThat(body.path("data").path("submitTip").path("receipt").isMissingNode()).as("no receipt").isTrue();
        assertThat(error.path("extensions").path("code").asString()).as(body.toString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo("proofOfWork");
        assertThat(error.path("extensions").path("reason").asString()).isEqualTo(reason);
        assertThat(error.path("message").asString()).contains(messagePart);
    }
}
