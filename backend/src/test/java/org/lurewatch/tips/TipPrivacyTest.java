package org.lurewatch.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lurewatch.support.LoopbackHttp;
import org.lurewatch.support.TipApi;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * A tipster with a distinctive address, proxy chain, user agent and cookies sends a tip, checks
 * it and answers: none of it appears in any document of any collection, nor in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class TipPrivacyTest extends TipApiTestBase {

    static final String PEER = "127.0.0.77";
    static final String FORWARDED = "203.0.113.195";
    static final String AGENT = "LureWatchDistinctiveAgent/7.7 (PrivacyProbe)";
    static final String COOKIE_VALUE = "distinctive-session-cookie-4242";

    @Test
    void noClientIdentifierIsStoredOrLogged(CapturedOutput output) {
        LoopbackHttp http = new LoopbackHttp(port, PEER);
        Map<String, String> headers = Map.of("X-Forwarded-For", FORWARDED, "User-Agent", AGENT,
                "Cookie", "JSESSIONID=" + COOKIE_VALUE + "; tracker=" + COOKIE_VALUE,
                "X-Real-IP", FORWARDED, "Forwarded", "for=" + FORWARDED);
        TipApi tipster = new TipApi((doc, vars) -> http.query(doc, vars, headers).body());

        JsonNode answer = tipster.submit(TipApi.tip(Map.of("inDangerNow", true))).path("data").path("submitTip");
        String receipt = answer.path("receipt").asString();
        assertThat(receipt).isNotBlank();
        assertThat(tipster.status(receipt).path("data").path("tipStatus").path("status").asString()).isEqualTo("RECEIVED");
        assertThat(tipster.addMessage(receipt, "one more thing").has("errors")).isFalse();
        tipster.status("0000 0000 0000 0000"); // an error path too

        List<String> dump = rawDump();
        assertThat(dump).isNotEmpty();
        for (String identifier : List.of(PEER, FORWARDED, AGENT, "LureWatchDistinctiveAgent", COOKIE_VALUE)) {
            assertThat(dump).as("database").noneMatch(doc -> doc.contains(identifier));
            assertThat(output.getAll()).as("log").doesNotContain(identifier);
        }
    }

    @Test
    void aTipDocumentHoldsOnlyTheFieldsItShould() {
        TipApi api = new TipApi((doc, vars) -> new LoopbackHttp(port, PEER).query(doc, vars, Map.of("User-Agent", AGENT)).body());
        Map<String, Object> proof = api.proof();
        assertThat(api.submit(TipApi.tip(Map.of("contact", "c")), proof).has("errors")).isFalse();
        Document stored = mongo.getCollection("tips").find(new Document("_id", submitted.lastId())).first();

        // an allow-list: a new field (an address, a user agent, a precise time) fails here first
        Set<String> allowed = Set.of("_id", "v", "category", "country", "channel", "language", "reportingFor",
                "inDangerNow", "submittedHour", "status", "statusChangedAt", "story", "place", "contact", "indicators",
                "messages", "messageCount", "receiptHashes", "idempotencyKeyHash", "challengeHash");
        assertThat(allowed).containsAll(new HashSet<>(stored.keySet()));
        // the challenge carries its expiry, a time close to the submission's: only a keyed hash of its id is kept
        String challenge = proof.get("challenge").toString();
        assertThat(stored.getString("challengeHash")).isNotBlank().isNotEqualTo(challenge.split("\\.")[1]);
        assertThat(stored.toJson()).doesNotContain(challenge.split("\\.")[2]);
        assertThat(stored.getList("indicators", Document.class).get(0).keySet()).containsOnly("type", "h", "raw");
    }
}
