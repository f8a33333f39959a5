package org.lurewatch.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.StaffClient;
import org.lurewatch.triage.reports.ConfirmedReports;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 22, finding 1: {@code checkOffer}'s report band is no oracle. A trafficker who sends tips
 * naming their own number, or watches it while others do, sees nothing change; only tips staff
 * confirmed count, as a band, published at the period's boundary.
 */
class ReportedInTipsTest extends TriageTestBase {

    static final String CHECK = """
            query($text: String!) { checkOffer(text: $text) { indicators { indicator { value } reportedBy reportedInTips } } }""";
    static final String CHANGE = """
            mutation($id: ID!, $input: TriageStatusInput!) { changeTriageStatus(tipId: $id, input: $input) { status } }""";

    @Autowired
    ConfirmedReports reports;

    @Test
    void submissionsNeverChangeWhatThePublicSeesAndOnlyConfirmedTipsCountAfterTheBoundary() {
        StaffClient officer = staff("reports-officer", "TRIAGE");
        String number = "+855120007" + (10 + (int) (Math.random() * 89));
        reports.refresh();
        String seen = check(number);

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(submit(tipNaming(number)).id());
            assertThat(check(number)).as("a tip sent changes nothing").isEqualTo(seen);
        }
        for (int i = 0; i < 3; i++) {
            confirm(officer, ids.get(i));
            assertThat(check(number)).as("a decision within the period changes nothing").isEqualTo(seen);
        }
        assertThat(reports.refresh()).as("no boundary passed: nothing is published").isFalse();
        assertThat(check(number)).isEqualTo(seen);

        clock.advance(Duration.ofHours(6));
        reports.refresh(); // (or the scheduled look, a minute at most after the boundary)
        JsonNode finding = finding(number);
        assertThat(finding.path("reportedBy").asString()).isEqualTo("SEVERAL");
        assertThat(finding.path("reportedInTips").asInt()).isEqualTo(3);

        String published = check(number);
        ids.add(submit(tipNaming(number)).id());
        confirm(officer, ids.get(3));
        confirm(officer, ids.get(4));
        assertThat(check(number)).as("within the next period, nothing moves").isEqualTo(published);
    }

    @Test
    void tipsNotConfirmedByStaffNeverCountWhateverTheirNumber() {
        StaffClient officer = staff("unconfirmed-officer", "TRIAGE");
        String number = "+855120008" + (10 + (int) (Math.random() * 89));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(submit(tipNaming(number)).id());
        }
        ok(officer.query(CHANGE, Map.of("id", ids.get(0), "input", Map.of("to", "IN_REVIEW"))));
        ok(officer.query(CHANGE, Map.of("id", ids.get(1), "input", Map.of("to", "SPAM", "reason", "flood"))));
        ok(officer.query(CHANGE, Map.of("id", ids.get(2), "input", Map.of("to", "IN_REVIEW"))));
        ok(officer.query(CHANGE, Map.of("id", ids.get(2), "input", Map.of("to", "CLOSED_NO_ACTION", "reason", "nothing"))));
        ok(officer.query(CHANGE, Map.of("id", ids.get(3), "input", Map.of("to", "IN_REVIEW"))));
        ok(officer.query(CHANGE, Map.of("id", ids.get(3), "input", Map.of("to", "NEEDS_INFO"))));
        // confirmed, but duplicates of one original: they are one report, not three
        confirm(officer, ids.get(4));
        for (int i = 5; i < 7; i++) {
            confirm(officer, ids.get(i));
            ok(officer.query("mutation($a: ID!, $b: ID!) { markDuplicateTip(tipId: $a, originalTipId: $b) { tipId } }",
                    Map.of("a", ids.get(i), "b", ids.get(4))));
        }
        clock.advance(Duration.ofHours(7));
        reports.refresh();
        JsonNode finding = finding(number);
        assertThat(finding.path("reportedBy").isNull()).as(finding.toString()).isTrue();
        assertThat(finding.path("reportedInTips").isNull()).isTrue();
    }

    private void confirm(StaffClient officer, String id) {
        ok(officer.query(CHANGE, Map.of("id", id, "input", Map.of("to", "IN_REVIEW"))));
        ok(officer.query(CHANGE, Map.of("id", id, "input", Map.of("to", "ESCALATED", "reference", "UNIT-1"))));
    }

    private String check(String number) {
        return finding(number).toString();
    }

    private JsonNode finding(String number) {
        return ok(http.query(CHECK, Map.of("text", "call " + number))).path("checkOffer").path("indicators").path(0);
    }

    private static Map<String, Object> tipNaming(String number) {
        return Map.of("indicators", List.of(Map.of("type", "PHONE", "value", number)));
    }
}
