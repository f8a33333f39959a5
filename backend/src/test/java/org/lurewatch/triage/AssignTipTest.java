package org.lurewatch.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;

/** A tip goes only to a colleague who exists and may work tips (issue 22, finding 11). */
class AssignTipTest extends TriageTestBase {

    private static final String ASSIGN = "mutation($id: ID!, $to: String!) { assignTip(tipId: $id, to: $to) { assignee } }";
    private static final String HOLDER = "query($id: ID!) { triageTip(id: $id) { triageCase { assignee } } }";

    @Test
    void aNameNobodyHoldsOrSomeoneWithoutTheTriageRoleIsRefusedAndTheTipStaysUnassigned() {
        StaffClient officer = staff("assigner", "TRIAGE");
        staff("editor-only", "EDITOR");
        Tip tip = submit(Map.of());
        for (String to : new String[] {"nobody-by-this-name", "editor-only", "admin", "<script>x</script>"}) {
            GraphQlClient.Reply refused = officer.query(ASSIGN, Map.of("id", tip.id(), "to", to));
            assertThat(code(refused)).as(to).isEqualTo("BAD_USER_INPUT");
            assertThat(refused.firstError().path("extensions").path("field").asString()).isEqualTo("to");
            assertThat(refused.firstError().path("message").asString()).contains("TRIAGE").doesNotContain("<script");
        }
        assertThat(ok(officer.query(HOLDER, Map.of("id", tip.id()))).path("triageTip").path("triageCase")
                .path("assignee").isNull()).isTrue();
    }

    @Test
    void aColleagueWhoWorksTipsCanBeGivenOneUnderAnySpelling() {
        StaffClient officer = staff("assigner2", "TRIAGE");
        staff("colleague", "TRIAGE");
        Tip tip = submit(Map.of());
        assertThat(ok(officer.query(ASSIGN, Map.of("id", tip.id(), "to", " Colleague "))).path("assignTip")
                .path("assignee").asString()).isEqualTo("colleague");
    }
}
