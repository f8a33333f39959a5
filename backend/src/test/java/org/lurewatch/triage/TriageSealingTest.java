package org.lurewatch.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.StaffClient;
import org.lurewatch.triage.cases.CaseSealing;
import org.lurewatch.triage.cases.CaseStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 22, finding 6: what staff write about a tip (notes, status reasons, escalation references,
 * where it went, override reasons) and the red flags found in its story are encrypted at rest like
 * the tip itself, and what an earlier version stored in clear still reads and is sealed on start.
 */
class TriageSealingTest extends TriageTestBase {

    static final String CHANGE = """
            mutation($id: ID!, $input: TriageStatusInput!) { changeTriageStatus(tipId: $id, input: $input) { status } }""";
    static final String FILE = """
            query($id: ID!) { triageTip(id: $id) {
              triageCase { reference referredTo priorityReasons { code explanation } priorityOverride { reason } }
              notes { text } history { reason reference referredTo } } }""";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    CaseSealing sealing;

    @Test
    void notesReasonsReferencesAndRedFlagsAreStoredSealedAndReadBack() {
        StaffClient officer = staff("seal-officer", "TRIAGE");
        Tip tip = submit(Map.of("story", "Recruiter offered high salary, no experience needed, free flights; "
                + "they keep your passport safe and you pay a recruitment fee first"));
        String id = tip.id();
        ok(officer.query("mutation($id: ID!, $t: String!) { addTriageNote(tipId: $id, text: $t) { tipId } }",
                Map.of("id", id, "t", "SealNoteQx7 the broker is Mr Tan")));
        ok(officer.query("mutation($id: ID!, $p: Int, $r: String) { overrideTriagePriority(tipId: $id, priority: $p, reason: $r) { tipId } }",
                Map.of("id", id, "p", 700, "r", "SealOverrideQx7 same ring")));
        ok(officer.query(CHANGE, Map.of("id", id, "input", Map.of("to", "IN_REVIEW", "reason", "SealReasonQx7 looking"))));
        ok(officer.query(CHANGE, Map.of("id", id, "input", Map.of("to", "ESCALATED", "reference", "SealRefQx7-42"))));
        ok(officer.query(CHANGE, Map.of("id", id, "input", Map.of("to", "IN_REVIEW"))));
        ok(officer.query(CHANGE, Map.of("id", id, "input", Map.of("to", "REFERRED", "referredTo", "SealWhereQx7 NGO"))));

        String raw = mongo.getCollection(CaseStore.COLLECTION).find(new Document("_id", id)).first().toJson();
        assertThat(raw).doesNotContain("SealNoteQx7", "Mr Tan", "SealOverrideQx7", "SealReasonQx7", "SealRefQx7",
                "SealWhereQx7", "red flags of a lure");

        JsonNode file = ok(officer.query(FILE, Map.of("id", id))).path("triageTip");
        assertThat(file.path("notes").get(0).path("text").asString()).isEqualTo("SealNoteQx7 the broker is Mr Tan");
        assertThat(file.path("triageCase").path("reference").asString()).isEqualTo("SealRefQx7-42");
        assertThat(file.path("triageCase").path("referredTo").asString()).isEqualTo("SealWhereQx7 NGO");
        assertThat(file.path("triageCase").path("priorityOverride").path("reason").asString()).isEqualTo("SealOverrideQx7 same ring");
        assertThat(file.path("history").toString()).contains("SealReasonQx7 looking", "SealRefQx7-42", "SealWhereQx7 NGO");
        assertThat(file.path("triageCase").path("priorityReasons").toString()).contains("RED_FLAGS", "red flags of a lure");
    }

    @Test
    void valuesAnEarlierVersionStoredInClearStillReadAndAreSealedOnStart() {
        StaffClient officer = staff("legacy-officer", "TRIAGE");
        String id = submit(Map.of()).id();
        mongo.getCollection(CaseStore.COLLECTION).updateOne(new Document("_id", id), new Document("$set", new Document()
                .append("reference", "LegacyRefQx8")
                .append("override", new Document("priority", 300).append("reason", "LegacyOverrideQx8").append("by", "x")
                        .append("at", new java.util.Date(0)))
                .append("reasons", List.of(new Document("code", "RED_FLAGS").append("points", 4)
                        .append("explanation", "The story shows red flags of a lure: legacy")))
                .append("notes", List.of(new Document("id", "n1").append("by", "x").append("at", new java.util.Date(0))
                        .append("text", "LegacyNoteQx8")))
                .append("history", List.of(new Document("from", "NEW").append("to", "IN_REVIEW").append("by", "x")
                        .append("at", new java.util.Date(0)).append("reason", "LegacyReasonQx8")))));
        JsonNode before = ok(officer.query(FILE, Map.of("id", id))).path("triageTip");
        assertThat(before.toString()).contains("LegacyRefQx8", "LegacyOverrideQx8", "LegacyNoteQx8", "LegacyReasonQx8");

        int sealed = sealing.sealWhatIsInClear();
        assertThat(sealed).isGreaterThanOrEqualTo(1);
        String raw = mongo.getCollection(CaseStore.COLLECTION).find(new Document("_id", id)).first().toJson();
        assertThat(raw).doesNotContain("LegacyRefQx8", "LegacyOverrideQx8", "LegacyNoteQx8", "LegacyReasonQx8", "red flags of a lure");
        JsonNode after = ok(officer.query(FILE, Map.of("id", id))).path("triageTip");
        assertThat(after.toString()).contains("LegacyRefQx8", "LegacyOverrideQx8", "LegacyNoteQx8", "LegacyReasonQx8",
                "red flags of a lure: legacy");
    }
}
