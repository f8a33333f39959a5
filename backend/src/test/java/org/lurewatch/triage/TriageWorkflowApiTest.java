package org.lurewatch.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.bson.Document;
import org.lurewatch.triage.cases.CaseCreation;
import org.lurewatch.triage.cases.CaseStore;
import org.lurewatch.triage.retention.RetentionJob;
import org.lurewatch.triage.workflow.CaseStatus;
import org.lurewatch.triage.workflow.Transitions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** The workflow through the API: transitions, assignment, notes and replies, audit, retention. */
class TriageWorkflowApiTest extends TriageTestBase {

    static final String CHANGE = """
            mutation($id: ID!, $input: TriageStatusInput!) {
              changeTriageStatus(tipId: $id, input: $input) { status reference referredTo closedAt }
            }""";
    static final String FILE = """
            query($id: ID!) { triageTip(id: $id) {
              triageCase { status firstReviewedAt }
              tip { story contact indicators { type raw } messages { author text } }
              notes { by text } history { from to by reason reference referredTo } } }""";

    @Autowired
    RetentionJob retention;
    @Autowired
    CaseCreation creation;
    @Autowired
    MongoTemplate mongo;

    GraphQlClient.Reply change(StaffClient who, String id, CaseStatus to) {
        Map<String, Object> input = Map.of("to", to.name(), "reason", "checked by test",
                "reference", "UNIT-7/2026/123", "referredTo", "Lao PDR anti-trafficking police");
        return who.query(CHANGE, Map.of("id", id, "input", input));
    }

    static List<CaseStatus> pathTo(CaseStatus status) {
        return switch (status) {
            case NEW -> List.of();
            case SPAM -> List.of(CaseStatus.SPAM);
            case IN_REVIEW -> List.of(CaseStatus.IN_REVIEW);
            default -> List.of(CaseStatus.IN_REVIEW, status);
        };
    }

    String tipIn(StaffClient officer, CaseStatus status) {
        Tip tip = submit(Map.of("indicators", List.of()));
        for (CaseStatus step : pathTo(status)) {
            ok(change(officer, tip.id(), step));
        }
        return tip.id();
    }

    @Test
    void everyAllowedTransitionWorksAndEveryOtherIsRefused() {
        StaffClient officer = staff("flow-officer", "TRIAGE");
        for (CaseStatus from : CaseStatus.values()) {
            String refusedTip = tipIn(officer, from);
            for (CaseStatus to : CaseStatus.values()) {
                if (Transitions.allowed(from, to)) {
                    String id = tipIn(officer, from);
                    JsonNode changed = ok(change(officer, id, to)).path("changeTriageStatus");
                    assertThat(changed.path("status").asString()).as(from + " -> " + to).isEqualTo(to.name());
                } else {
                    GraphQlClient.Reply refused = change(officer, refusedTip, to);
                    assertThat(code(refused)).as(from + " -> " + to).isEqualTo("CONFLICT");
                    assertThat(refused.firstError().path("message").asString()).contains("cannot move to " + to);
                }
            }
        }
    }

    @Test
    void changesRecordWhoWhyAndWhatTheTipsterSees() {
        StaffClient officer = staff("history-officer", "TRIAGE");
        Tip tip = submit(Map.of());
        assertThat(tips.status(tip.receipt()).path("data").path("tipStatus").path("status").asString()).isEqualTo("RECEIVED");
        ok(change(officer, tip.id(), CaseStatus.IN_REVIEW));
        assertThat(tips.status(tip.receipt()).path("data").path("tipStatus").path("status").asString()).isEqualTo("IN_REVIEW");
        GraphQlClient.Reply noReference = officer.query(CHANGE, Map.of("id", tip.id(), "input", Map.of("to", "ESCALATED")));
        assertThat(code(noReference)).isEqualTo("BAD_USER_INPUT");
        assertThat(noReference.firstError().path("extensions").path("field").asString()).isEqualTo("reference");
        GraphQlClient.Reply noReason = officer.query(CHANGE, Map.of("id", tip.id(), "input", Map.of("to", "CLOSED_NO_ACTION")));
        assertThat(code(noReason)).isEqualTo("BAD_USER_INPUT");
        ok(change(officer, tip.id(), CaseStatus.ESCALATED));
        ok(change(officer, tip.id(), CaseStatus.CLOSED_ACTIONED));
        assertThat(tips.status(tip.receipt()).path("data").path("tipStatus").path("status").asString()).isEqualTo("CLOSED");

        JsonNode history = ok(officer.query(FILE, Map.of("id", tip.id()))).path("triageTip").path("history");
        assertThat(history).hasSize(3);
        assertThat(history.get(1).path("to").asString()).isEqualTo("ESCALATED");
        assertThat(history.get(1).path("by").asString()).isEqualTo("history-officer");
        assertThat(history.get(1).path("reference").asString()).isEqualTo("UNIT-7/2026/123");
        assertThat(history.get(2).path("reason").asString()).isEqualTo("checked by test");
    }

    @Test
    void twoConcurrentClaimsExactlyOneWins() throws Exception {
        StaffClient a = staff("claim-a", "TRIAGE");
        StaffClient b = staff("claim-b", "TRIAGE");
        for (int round = 0; round < 5; round++) {
            Tip tip = submit(Map.of());
            String claim = "mutation($id: ID!) { claimTip(tipId: $id) { assignee } }";
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<GraphQlClient.Reply>> replies = new ArrayList<>();
            for (StaffClient who : List.of(a, b)) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return who.query(claim, Map.of("id", tip.id()));
                }));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            int conflicts = 0;
            for (Future<GraphQlClient.Reply> f : replies) {
                GraphQlClient.Reply r = f.get();
                if (r.body().has("errors")) {
                    assertThat(code(r)).isEqualTo("CONFLICT");
                    conflicts++;
                } else {
                    winners.add(r.data().path("claimTip").path("assignee").asString());
                }
            }
            pool.shutdown();
            assertThat(winners).hasSize(1);
            assertThat(conflicts).isEqualTo(1);
            String holder = ok(a.query(FILE.replace("status firstReviewedAt", "status assignee"), Map.of("id", tip.id())))
                    .path("triageTip").path("triageCase").path("assignee").asString();
            assertThat(holder).isEqualTo(winners.get(0));
        }
    }

    @Test
    void assignAndReleaseAreConditional() {
        StaffClient a = staff("assign-a", "TRIAGE");
        staff("assign-b", "TRIAGE");
        Tip tip = submit(Map.of());
        String assign = "mutation($id: ID!, $to: String!, $e: String) { assignTip(tipId: $id, to: $to, expectedAssignee: $e) { assignee } }";
        Map<String, Object> vars = new HashMap<>(Map.of("id", tip.id(), "to", "assign-b"));
        assertThat(ok(a.query(assign, vars)).path("assignTip").path("assignee").asString()).isEqualTo("assign-b");
        // someone who saw it unassigned cannot silently take it over
        assertThat(code(a.query(assign, Map.of("id", tip.id(), "to", "assign-a")))).isEqualTo("CONFLICT");
        assertThat(code(a.query("mutation($id: ID!) { releaseTip(tipId: $id) { assignee } }", Map.of("id", tip.id()))))
                .isEqualTo("CONFLICT");
        ok(a.query(assign, Map.of("id", tip.id(), "to", "assign-a", "e", "assign-b")));
        JsonNode released = ok(a.query("mutation($id: ID!) { releaseTip(tipId: $id) { assignee } }", Map.of("id", tip.id())));
        assertThat(released.path("releaseTip").path("assignee").isNull()).isTrue();
    }

    @Test
    void notesNeverReachTheTipsterRepliesDo() {
        StaffClient officer = staff("notes-officer", "TRIAGE");
        Tip tip = submit(Map.of());
        String note = "Suspect known to unit 7 — do not tell the tipster";
        ok(officer.query("mutation($id: ID!, $t: String!) { addTriageNote(tipId: $id, text: $t) { tipId } }",
                Map.of("id", tip.id(), "t", note)));
        String reply = "Thank you. Is the person still in Sihanoukville? ขอบคุณ";
        ok(officer.query("mutation($id: ID!, $t: String!) { replyToTipster(tipId: $id, text: $t) { tipId } }",
                Map.of("id", tip.id(), "t", reply)));

        JsonNode status = tips.status(tip.receipt());
        assertThat(status.toString()).doesNotContain("Suspect known").doesNotContain("unit 7");
        assertThat(status.path("data").path("tipStatus").path("messages").get(0).path("text").asString()).isEqualTo(reply);

        JsonNode file = ok(officer.query(FILE, Map.of("id", tip.id()))).path("triageTip");
        assertThat(file.path("notes").get(0).path("text").asString()).isEqualTo(note);
        assertThat(file.path("notes").get(0).path("by").asString()).isEqualTo("notes-officer");
        assertThat(file.path("tip").path("messages").toString()).contains("Sihanoukville");
    }

    @Test
    void readsAreAuditedAndOnlyAdministratorsSeeTheLog() {
        StaffClient officer = staff("audit-officer", "TRIAGE");
        Tip tip = submit(Map.of("story", "Secret story text for the audit test"));
        JsonNode file = ok(officer.query(FILE, Map.of("id", tip.id()))).path("triageTip");
        assertThat(file.path("tip").path("story").asString()).isEqualTo("Secret story text for the audit test");
        assertThat(file.path("triageCase").path("firstReviewedAt").isNull()).isFalse();
        ok(officer.query("mutation($id: ID!) { claimTip(tipId: $id) { assignee } }", Map.of("id", tip.id())));

        String log = "query($f: AuditLogFilter) { auditLog(filter: $f, first: 10) { totalCount edges { node { user action tipId details at } } } }";
        JsonNode entries = ok(admin.query(log, Map.of("f", Map.of("tipId", tip.id())))).path("auditLog");
        assertThat(entries.path("totalCount").asInt()).isEqualTo(2);
        assertThat(entries.path("edges").get(0).path("node").path("action").asString()).isEqualTo("CLAIMED");
        assertThat(entries.path("edges").get(1).path("node").path("action").asString()).isEqualTo("READ_TIP");
        assertThat(entries.path("edges").get(1).path("node").path("user").asString()).isEqualTo("audit-officer");
        assertThat(entries.toString()).doesNotContain("Secret story");
        JsonNode byUser = ok(admin.query(log, Map.of("f", Map.of("user", "audit-officer")))).path("auditLog");
        // the read and the claim, and the officer's own first password change (admin actions are audited too)
        assertThat(byUser.path("totalCount").asInt()).isEqualTo(3);
        assertThat(byUser.toString()).contains("STAFF_PASSWORD_CHANGED");
        String later = clock.instant().plus(Duration.ofHours(1)).toString();
        assertThat(ok(admin.query(log, Map.of("f", Map.of("tipId", tip.id(), "from", later)))).path("auditLog")
                .path("totalCount").asInt()).isZero();
        assertThat(code(officer.query(log, Map.of("f", Map.of("tipId", tip.id()))))).isEqualTo("FORBIDDEN");
    }

    @Test
    void theRetentionJobPurgesSpamAfterThirtyDaysAndClosedAfterAYear() {
        StaffClient officer = staff("purge-officer", "TRIAGE");
        String spam = tipIn(officer, CaseStatus.SPAM);
        String closed = tipIn(officer, CaseStatus.CLOSED_ACTIONED);
        String open = tipIn(officer, CaseStatus.IN_REVIEW);
        ok(officer.query("mutation($a: ID!, $b: ID!) { linkTips(tipId: $a, otherTipId: $b) { tipId } }",
                Map.of("a", open, "b", spam)));

        clock.advance(Duration.ofDays(31));
        retention.purge();
        assertThat(code(officer.query(FILE, Map.of("id", spam)))).isEqualTo("NOT_FOUND");
        ok(officer.query(FILE, Map.of("id", closed)));
        assertThat(ok(officer.query("query($id: ID!) { triageTip(id: $id) { linkedTipIds } }", Map.of("id", open)))
                .path("triageTip").path("linkedTipIds")).isEmpty();

        clock.advance(Duration.ofDays(335));
        retention.purge();
        assertThat(code(officer.query(FILE, Map.of("id", closed)))).isEqualTo("NOT_FOUND");
        ok(officer.query(FILE, Map.of("id", open)));

        String log = "query($f: AuditLogFilter) { auditLog(filter: $f, first: 50) { edges { node { user action details } } } }";
        JsonNode purged = ok(admin.query(log, Map.of("f", Map.of("tipId", spam)))).path("auditLog").path("edges");
        assertThat(purged.get(0).path("node").path("action").asString()).isEqualTo("PURGED");
        assertThat(purged.get(0).path("node").path("user").asString()).isEqualTo("system");
    }

    @Test
    void staffStatisticsCountAndMeasureFirstReview() {
        StaffClient officer = staff("stats-officer", "TRIAGE");
        Tip tip = submit(Map.of("country", "LA"));
        ok(officer.query(FILE, Map.of("id", tip.id())));
        JsonNode stats = ok(admin.query("{ triageStatistics { total reviewed medianHoursToFirstReview byCountry { key count } "
                + "byStatus { key count } byWeek { key count } byChannel { key count } byCategory { key count } } }"))
                .path("triageStatistics");
        assertThat(stats.path("total").asInt()).isPositive();
        assertThat(stats.path("reviewed").asInt()).isPositive();
        assertThat(stats.path("byCountry").toString()).contains("\"LA\"");
        assertThat(stats.path("byWeek").get(0).path("key").asString()).matches("\\d{4}-W\\d{2}");
        assertThat(code(staff("stats-editor", "EDITOR").query("{ triageStatistics { total } }"))).isEqualTo("FORBIDDEN");
    }

    @Test
    void reconciliationOpensACaseForATipWhoseEventWasMissed() {
        StaffClient officer = staff("reconcile-officer", "TRIAGE");
        Tip tip = submit(Map.of());
        mongo.getCollection(CaseStore.COLLECTION).deleteOne(new Document("_id", tip.id()));
        assertThat(code(officer.query(FILE, Map.of("id", tip.id())))).isEqualTo("NOT_FOUND");
        assertThat(creation.reconcile()).isEqualTo(1);
        assertThat(creation.reconcile()).isZero();
        assertThat(creation.openAll(java.util.List.of(tip.id()))).as("the tip has a case already").isZero();
        assertThat(ok(officer.query(FILE, Map.of("id", tip.id()))).path("triageTip").path("triageCase").path("status")
                .asString()).isEqualTo("NEW");
    }

    @Test
    void aTipThatDoesNotDecryptKeepsNoOtherTipOutOfTheQueue() {
        StaffClient officer = staff("reconcile-officer-2", "TRIAGE");
        Tip altered = submit(Map.of("story", "altered story"));
        Tip intact = submit(Map.of("story", "intact story"));
        Document otherStory = mongo.getCollection("tips").find(new Document("_id", intact.id())).first()
                .get("story", Document.class);
        mongo.getCollection("tips").updateOne(new Document("_id", altered.id()),
                new Document("$set", new Document("story", otherStory)));
        mongo.getCollection(CaseStore.COLLECTION).deleteMany(new Document("_id",
                new Document("$in", java.util.List.of(altered.id(), intact.id()))));

        assertThat(creation.reconcile()).as("the intact tip's case is opened").isGreaterThanOrEqualTo(1);
        assertThat(ok(officer.query(FILE, Map.of("id", intact.id()))).path("triageTip").path("triageCase").path("status")
                .asString()).isEqualTo("NEW");
        assertThat(creation.openAll(java.util.List.of(altered.id()))).as("the altered one waits, named in the log").isZero();
        mongo.getCollection("tips").deleteOne(new Document("_id", altered.id())); // not left for other tests
    }
}
