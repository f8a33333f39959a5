package org.lurewatch.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.StaffClient;
import org.lurewatch.triage.cases.CaseStore;
import org.lurewatch.triage.retention.RetentionJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The priority the queue stores and sorts by stays the one the rules give, through the API: tips
 * sharing a phone count each other and stop counting one that retention purged; a case whose
 * stored rank is missing (as an earlier version stored it) is ranked by the next look.
 */
class QueueRanksApiTest extends TriageTestBase {

    @Autowired
    RetentionJob retention;
    @Autowired
    MongoTemplate mongo;

    private JsonNode node(StaffClient officer, String phone, String id) {
        JsonNode queue = ok(officer.query(TriageQueueApiTest.QUEUE, TriageQueueApiTest.vars(
                Map.of("indicator", Map.of("type", "PHONE", "value", phone)), 100, null))).path("triageQueue");
        List<String> ids = ids(queue);
        return ids.contains(id) ? queue.path("edges").get(ids.indexOf(id)).path("node") : null;
    }

    @Test
    void tipsSharingAPhoneCountEachOtherUntilRetentionPurgesOne() {
        StaffClient officer = staff("ranks-officer", "TRIAGE");
        String phone = "+66 82 " + (100 + (int) (Math.random() * 899)) + " 4411";
        Tip kept = submit(Map.of("indicators", List.of(Map.of("type", "PHONE", "value", phone))));
        Tip spam = submit(Map.of("indicators", List.of(Map.of("type", "PHONE", "value", phone))));

        JsonNode before = node(officer, phone, kept.id());
        assertThat(before.path("priorityReasons").toString()).contains("MATCHES_OTHER_TIPS", "1 other tip(s)");
        int onArrival = before.path("priority").asInt() - 10;
        ok(officer.query("mutation($id: ID!, $input: TriageStatusInput!) { changeTriageStatus(tipId: $id, input: $input) { status } }",
                Map.of("id", spam.id(), "input", Map.of("to", "SPAM", "reason", "a flood"))));

        clock.advance(Duration.ofDays(31));
        retention.purge();

        JsonNode after = node(officer, phone, kept.id());
        assertThat(after.path("priorityReasons").toString()).doesNotContain("MATCHES_OTHER_TIPS");
        // still NEW, a month on: the most waiting points, and no related tip
        assertThat(after.path("priority").asInt()).isEqualTo(onArrival + 30);
        assertThat(node(officer, phone, spam.id())).isNull();
    }

    @Test
    void aCaseStoredWithoutARankIsRankedByTheNextLook() {
        StaffClient officer = staff("unranked-officer", "TRIAGE");
        String phone = "+66 83 " + (100 + (int) (Math.random() * 899)) + " 2299";
        Tip first = submit(Map.of("inDangerNow", true, "indicators", List.of(Map.of("type", "PHONE", "value", phone))));
        Tip second = submit(Map.of("indicators", List.of(Map.of("type", "PHONE", "value", phone))));
        int ranked = node(officer, phone, first.id()).path("priority").asInt();
        mongo.getCollection(CaseStore.COLLECTION).updateMany(new Document("_id", new Document("$in", List.of(first.id(), second.id()))),
                new Document("$unset", new Document("priority", "").append("relatedTips", "").append("waitingPoints", "")));

        // the next hour's look (or a minute's) finds it
        clock.advance(Duration.ofHours(1));
        JsonNode node = node(officer, phone, first.id());
        assertThat(node.path("priority").asInt()).isEqualTo(ranked);
        assertThat(node.path("priorityReasons").toString()).contains("IN_DANGER_NOW", "MATCHES_OTHER_TIPS");
        Document stored = mongo.getCollection(CaseStore.COLLECTION).find(new Document("_id", first.id())).first();
        assertThat(stored.getInteger("priority")).isEqualTo(ranked);
        assertThat(stored.getInteger("relatedTips")).isEqualTo(1);
    }
}
