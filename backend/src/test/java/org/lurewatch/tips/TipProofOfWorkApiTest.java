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
        assertRefused(api.submit(TipApi.tip(), proof), "REUSED", "already been used");
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

    @Test
    void spentChallengesAreForgottenOnceTheyHaveExpired() {
        Map<String, Object> old = api.proof();
        api.submitForReceipt(TipApi.tip()); // spends a challenge of its own
        assertThat(api.submit(TipApi.tip(), old).has("errors")).isFalse();
        String oldId = old.get("challenge").toString().split("\\.")[1];
        assertThat(spent().countDocuments(new org.bson.Document("_id", oldId))).isEqualTo(1);

        clock.advance(Duration.ofHours(2));
        Map<String, Object> fresh = api.proof();
        assertThat(api.submit(TipApi.tip(), fresh).has("errors")).isFalse();
        org.springframework.test.util.ReflectionTestUtils.invokeMethod(
                context.getBean("spentChallenges"), "deleteExpired");

        assertThat(spent().countDocuments(new org.bson.Document("_id", oldId))).isZero();
        String freshId = fresh.get("challenge").toString().split("\\.")[1];
        assertThat(spent().countDocuments(new org.bson.Document("_id", freshId))).as("not expired yet").isEqualTo(1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    private com.mongodb.client.MongoCollection<org.bson.Document> spent() {
        return mongo.getCollection("spent_challenges");
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
