package org.lurewatch.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import tools.jackson.databind.JsonNode;

/** The queue over seeded tips: role checks, filters, ordering, priority and links by indicator. */
class TriageQueueApiTest extends TriageTestBase {

    static final String QUEUE = """
            query($f: TriageQueueFilter, $first: Int, $after: String) {
              triageQueue(filter: $f, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { node { tipId status category country channel inDangerNow priority computedPriority
                  priorityReasons { code points explanation } priorityOverride { priority reason by } assignee } }
              }
            }""";

    JsonNode queue(StaffClient who, Map<String, Object> filter) {
        return ok(who.query(QUEUE, vars(filter, 100, null))).path("triageQueue");
    }

    static Map<String, Object> vars(Map<String, Object> filter, int first, String after) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("f", filter);
        v.put("first", first);
        v.put("after", after);
        return v;
    }

    @Test
    void onlyTriageOfficersSeeTheQueue() {
        StaffClient editor = staff("queue-editor", "EDITOR");
        GraphQlClient.Reply refused = editor.query(QUEUE, vars(null, 5, null));
        assertThat(code(refused)).isEqualTo("FORBIDDEN");
        assertThat(refused.body().path("data").path("triageQueue").isNull() || refused.body().path("data").isNull()).isTrue();
        Tip tip = submit(Map.of());
        assertThat(code(editor.query("query($id: ID!) { triageTip(id: $id) { tip { story } } }", Map.of("id", tip.id()))))
                .isEqualTo("FORBIDDEN");
        assertThat(code(editor.query("mutation($id: ID!) { claimTip(tipId: $id) { assignee } }", Map.of("id", tip.id()))))
                .isEqualTo("FORBIDDEN");
        assertThat(code(editor.query("{ auditLog(first: 5) { totalCount } }"))).isEqualTo("FORBIDDEN");
        StaffClient officer = staff("queue-officer", "TRIAGE");
        assertThat(code(officer.query("{ auditLog(first: 5) { totalCount } }"))).isEqualTo("FORBIDDEN");
        // scripts with a bearer token reach the same guarded fields on /graphql
        StaffClient script = StaffClient.withToken(http, StaffClient.issueToken(http, "queue-officer", StaffClient.NEW_PASSWORD));
        assertThat(ids(queue(script, Map.of()))).contains(tip.id());
    }

    @Test
    void filtersNarrowTheQueueAndDangerComesFirst() {
        StaffClient officer = staff("filter-officer", "TRIAGE");
        Tip laos = submit(Map.of("country", "LA", "category", "MARRIAGE_OFFER", "channel", "WECHAT",
                "indicators", List.of(Map.of("type", "HANDLE", "value", "line:filter-laos"))));
        Tip danger = submit(Map.of("country", "KH", "inDangerNow", true, "channel", "TELEGRAM",
                "indicators", List.of(Map.of("type", "HANDLE", "value", "line:filter-danger"))));
        Tip plain = submit(Map.of("country", "VN", "channel", "ZALO",
                "indicators", List.of(Map.of("type", "HANDLE", "value", "line:filter-plain"))));

        assertThat(ids(queue(officer, Map.of("countries", List.of("LA"))))).contains(laos.id()).doesNotContain(danger.id(), plain.id());
        assertThat(ids(queue(officer, Map.of("categories", List.of("MARRIAGE_OFFER"))))).contains(laos.id()).doesNotContain(plain.id());
        assertThat(ids(queue(officer, Map.of("channels", List.of("ZALO"))))).contains(plain.id()).doesNotContain(laos.id());
        List<String> inDanger = ids(queue(officer, Map.of("inDangerNow", true)));
        assertThat(inDanger).contains(danger.id()).doesNotContain(laos.id(), plain.id());
        assertThat(ids(queue(officer, Map.of("minPriority", 100)))).contains(danger.id()).doesNotContain(plain.id());
        assertThat(ids(queue(officer, Map.of("maxPriority", 99)))).contains(plain.id()).doesNotContain(danger.id());
        assertThat(ids(queue(officer, Map.of("statuses", List.of("NEW"))))).contains(laos.id(), danger.id(), plain.id());
        assertThat(ids(queue(officer, Map.of("statuses", List.of("SPAM"))))).doesNotContain(laos.id());

        JsonNode all = queue(officer, Map.of());
        List<String> order = ids(all);
        assertThat(order.indexOf(danger.id())).isLessThan(order.indexOf(plain.id()));
        JsonNode first = all.path("edges").get(order.indexOf(danger.id())).path("node");
        assertThat(first.path("priorityReasons").get(0).path("code").asString()).isEqualTo("IN_DANGER_NOW");
        assertThat(first.path("priority").asInt()).isGreaterThanOrEqualTo(100);

        ok(officer.query("mutation($id: ID!) { claimTip(tipId: $id) { assignee } }", Map.of("id", plain.id())));
        assertThat(ids(queue(officer, Map.of("assignee", "filter-officer")))).containsExactly(plain.id());
        assertThat(ids(queue(officer, Map.of("unassigned", true)))).contains(laos.id()).doesNotContain(plain.id());

        String future = clock.instant().plus(Duration.ofDays(1)).toString();
        assertThat(ids(queue(officer, Map.of("submittedFrom", future)))).isEmpty();
        assertThat(ids(queue(officer, Map.of("submittedTo", future)))).contains(laos.id());
        assertThat(code(officer.query(QUEUE, vars(Map.of("countries", List.of("XX")), 5, null)))).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void redFlagsInTheStoryRaiseThePriorityAndSayWhich() {
        StaffClient officer = staff("flags-officer", "TRIAGE");
        Tip lure = submit(Map.of("country", "TH", "story", "They promised a high salary with no experience needed, "
                + "free flights, and said they will keep my passport. I had to pay a recruitment fee first."));
        JsonNode all = queue(officer, Map.of());
        JsonNode node = all.path("edges").get(ids(all).indexOf(lure.id())).path("node");
        assertThat(node.path("priorityReasons").toString()).contains("RED_FLAGS");
        assertThat(node.path("priority").asInt()).isGreaterThan(0);
    }

    @Test
    void olderTipsRiseAndPagesFollowTheOrder() {
        StaffClient officer = staff("age-officer", "TRIAGE");
        clock.advance(Duration.ofDays(-10));
        Tip old = submit(Map.of("country", "MM", "indicators", List.of(Map.of("type", "HANDLE", "value", "line:age-old"))));
        clock.reset();
        Tip fresh = submit(Map.of("country", "MM", "indicators", List.of(Map.of("type", "HANDLE", "value", "line:age-new"))));
        JsonNode mm = queue(officer, Map.of("countries", List.of("MM"), "inDangerNow", false));
        List<String> order = ids(mm);
        assertThat(order.indexOf(old.id())).isLessThan(order.indexOf(fresh.id()));
        JsonNode oldNode = mm.path("edges").get(order.indexOf(old.id())).path("node");
        assertThat(oldNode.path("priorityReasons").toString()).contains("WAITING");

        // paging one by one gives the same order
        List<String> paged = new java.util.ArrayList<>();
        String after = null;
        do {
            JsonNode page = ok(officer.query(QUEUE, vars(Map.of("countries", List.of("MM"), "inDangerNow", false), 1, after)))
                    .path("triageQueue");
            paged.addAll(ids(page));
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        assertThat(paged).isEqualTo(order);
    }

    @Test
    void theSamePhoneInTwoFormatsLinksTipsAndFindsBoth() {
        StaffClient officer = staff("link-officer", "TRIAGE");
        Tip local = submit(Map.of("indicators", List.of(Map.of("type", "PHONE", "value", "081-234-5678"))));
        Tip international = submit(Map.of("indicators", List.of(Map.of("type", "PHONE", "value", "+66 81 234 5678"))));
        Tip other = submit(Map.of("indicators", List.of(Map.of("type", "PHONE", "value", "+66 89 999 0000"))));

        JsonNode file = ok(officer.query("query($id: ID!) { triageTip(id: $id) { relatedTipIds triageCase { priorityReasons { code } } } }",
                Map.of("id", local.id()))).path("triageTip");
        assertThat(file.path("relatedTipIds").toString()).contains(international.id()).doesNotContain(other.id());
        assertThat(file.path("triageCase").toString()).contains("MATCHES_OTHER_TIPS");

        List<String> naming = ids(queue(officer, Map.of("indicator", Map.of("type", "PHONE", "value", "0812345678"))));
        assertThat(naming).contains(local.id(), international.id()).doesNotContain(other.id());

        // manual links and duplicates
        String link = "mutation($a: ID!, $b: ID!) { linkTips(tipId: $a, otherTipId: $b) { tipId } }";
        ok(officer.query(link, Map.of("a", local.id(), "b", other.id())));
        assertThat(linked(officer, other.id())).contains(local.id());
        ok(officer.query("mutation($a: ID!, $b: ID!) { unlinkTips(tipId: $a, otherTipId: $b) { tipId } }",
                Map.of("a", other.id(), "b", local.id())));
        assertThat(linked(officer, local.id())).doesNotContain(other.id());
        JsonNode dup = ok(officer.query("mutation($a: ID!, $b: ID) { markDuplicateTip(tipId: $a, originalTipId: $b) { duplicateOf } }",
                Map.of("a", international.id(), "b", local.id())));
        assertThat(dup.path("markDuplicateTip").path("duplicateOf").asString()).isEqualTo(local.id());
        assertThat(linked(officer, local.id())).contains(international.id());
        assertThat(code(officer.query(link, Map.of("a", local.id(), "b", local.id())))).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void indicatorsSentWithoutATypeAsTheSiteDoesAreRecognisedAndLinked() {
        StaffClient officer = staff("untyped-officer", "TRIAGE");
        Tip pasted = submit(Map.of("indicators", List.of(Map.of("value", "call 082 555 0147"))));
        Tip typed = submit(Map.of("indicators", List.of(Map.of("type", "PHONE", "value", "+66 82 555 0147"))));
        Tip vague = submit(Map.of("indicators", List.of(Map.of("value", "the man at the bus station"))));

        JsonNode file = ok(officer.query("query($id: ID!) { triageTip(id: $id) { relatedTipIds } }",
                Map.of("id", pasted.id()))).path("triageTip");
        assertThat(file.path("relatedTipIds").toString()).contains(typed.id()).doesNotContain(vague.id());
        assertThat(ids(queue(officer, Map.of("indicator", Map.of("type", "PHONE", "value", "0825550147")))))
                .contains(pasted.id(), typed.id());
    }

    @Test
    void officersOverridePriorityWithAReason() {
        StaffClient officer = staff("override-officer", "TRIAGE");
        Tip tip = submit(Map.of("indicators", List.of(Map.of("type", "HANDLE", "value", "line:override"))));
        String override = "mutation($id: ID!, $p: Int, $r: String) { overrideTriagePriority(tipId: $id, priority: $p, reason: $r) "
                + "{ priority computedPriority priorityOverride { priority reason by } } }";
        // the highest priority there is: other tests in this shared context override theirs too (500, 700)
        Map<String, Object> noReason = new java.util.HashMap<>(Map.of("id", tip.id(), "p", 1000));
        assertThat(code(officer.query(override, noReason))).isEqualTo("BAD_USER_INPUT");
        JsonNode set = ok(officer.query(override, Map.of("id", tip.id(), "p", 1000, "r", "Victim's family called the hotline")))
                .path("overrideTriagePriority");
        assertThat(set.path("priority").asInt()).isEqualTo(1000);
        assertThat(set.path("priorityOverride").path("by").asString()).isEqualTo("override-officer");
        assertThat(ids(queue(officer, Map.of())).get(0)).isEqualTo(tip.id());
        JsonNode cleared = ok(officer.query(override, Map.of("id", tip.id()))).path("overrideTriagePriority");
        assertThat(cleared.path("priorityOverride").isNull()).isTrue();
        assertThat(cleared.path("priority").asInt()).isEqualTo(cleared.path("computedPriority").asInt());
    }

    private List<String> linked(StaffClient officer, String id) {
        List<String> out = new java.util.ArrayList<>();
        ok(officer.query("query($id: ID!) { triageTip(id: $id) { linkedTipIds } }", Map.of("id", id)))
                .path("triageTip").path("linkedTipIds").forEach(n -> out.add(n.asString()));
        return out;
    }
}
