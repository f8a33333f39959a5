package org.lurewatch.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * A whole session of tips as the public and the police use them: tips submitted (one retried),
 * followed up with messages, and triaged (read, claimed, noted, replied to, escalated, referred,
 * overridden, linked, marked duplicate, closed, reopened). Every text it sends is unique and
 * returned, so a test can look for each one in a dump, a data file or a log.
 */
public final class TipSession {

    /** Everything secret the session sent or received: none of it may be found outside the API. */
    public record Secrets(List<String> texts, List<String> receipts, List<String> tipIds) {
        /** Texts and receipts (digits only, as stored if stored in clear), each at least 8 characters. */
        public List<String> all() {
            List<String> all = new ArrayList<>(texts);
            receipts.forEach(r -> all.add(r.replace(" ", "")));
            receipts.forEach(all::add);
            return all;
        }
    }

    private static final String CHANGE = """
            mutation($id: ID!, $input: TriageStatusInput!) { changeTriageStatus(tipId: $id, input: $input) { status } }""";

    private TipSession() {
    }

    /**
     * @param lastTipId the id of the tip submitted last (the API never tells a tipster), once its case is open
     */
    public static Secrets run(TipApi tips, StaffClient officer, Supplier<String> lastTipId) {
        String run = Long.toString(System.nanoTime(), 36);
        List<String> texts = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String story = "Story" + run + "n" + i + " they took our passports at the border crossing";
            String contact = "contact" + run + "n" + i + "@example.org";
            String place = "Place" + run + "n" + i;
            String phone = "+66 81 " + (100 + i) + " " + (4000 + i);
            texts.addAll(List.of(story, contact, place));
            Map<String, Object> input = TipApi.tip(Map.of("story", story, "contact", contact, "place", place,
                    "indicators", List.of(Map.of("type", "PHONE", "value", phone)), "inDangerNow", i == 0));
            JsonNode answer = tips.submit(input);
            expectNoErrors(answer);
            receipts.add(answer.path("data").path("submitTip").path("receipt").asString());
            if (i == 1) { // a retry of the same submission, as after a dropped connection
                JsonNode retry = tips.submit(input);
                expectNoErrors(retry);
                receipts.add(retry.path("data").path("submitTip").path("receipt").asString());
            }
            ids.add(lastTipId.get());
        }
        for (int i = 0; i < receipts.size(); i++) {
            String message = "Followup" + run + "n" + i + " the broker called again";
            texts.add(message);
            expectNoErrors(tips.addMessage(receipts.get(i), message));
            expectNoErrors(tips.status(receipts.get(i)));
        }
        String a = ids.get(0);
        String b = ids.get(1);
        String c = ids.get(2);
        String note = "Note" + run + " officer thinks this is the Myawaddy compound";
        String reply = "Reply" + run + " thank you, can you tell us the date";
        String override = "Override" + run + " same broker as last week";
        String reason = "Reason" + run + " not enough to act on";
        String reference = "Ref" + run + "-UNIT-7";
        String referredTo = "Referred" + run + " partner NGO";
        texts.addAll(List.of(note, reply, override, reason, reference, referredTo));
        for (String id : ids) {
            ok(officer.query("query($id: ID!) { triageTip(id: $id) { tip { story } notes { text } } }", Map.of("id", id)));
        }
        ok(officer.query("mutation($id: ID!) { claimTip(tipId: $id) { assignee } }", Map.of("id", a)));
        ok(officer.query("mutation($id: ID!, $t: String!) { addTriageNote(tipId: $id, text: $t) { tipId } }",
                Map.of("id", a, "t", note)));
        ok(officer.query("mutation($id: ID!, $t: String!) { replyToTipster(tipId: $id, text: $t) { tipId } }",
                Map.of("id", a, "t", reply)));
        ok(officer.query("mutation($id: ID!, $p: Int, $r: String) { overrideTriagePriority(tipId: $id, priority: $p, reason: $r) { tipId } }",
                Map.of("id", b, "p", 500, "r", override)));
        ok(officer.query(CHANGE, Map.of("id", a, "input", Map.of("to", "IN_REVIEW"))));
        ok(officer.query(CHANGE, Map.of("id", a, "input", Map.of("to", "ESCALATED", "reference", reference))));
        ok(officer.query(CHANGE, Map.of("id", b, "input", Map.of("to", "IN_REVIEW"))));
        ok(officer.query(CHANGE, Map.of("id", b, "input", Map.of("to", "REFERRED", "referredTo", referredTo))));
        ok(officer.query(CHANGE, Map.of("id", c, "input", Map.of("to", "IN_REVIEW"))));
        ok(officer.query(CHANGE, Map.of("id", c, "input", Map.of("to", "CLOSED_NO_ACTION", "reason", reason))));
        ok(officer.query(CHANGE, Map.of("id", c, "input", Map.of("to", "IN_REVIEW", "reason", reason + " reopened"))));
        ok(officer.query("mutation($a: ID!, $b: ID!) { linkTips(tipId: $a, otherTipId: $b) { tipId } }",
                Map.of("a", a, "b", b)));
        ok(officer.query("mutation($a: ID!, $b: ID!) { markDuplicateTip(tipId: $a, originalTipId: $b) { tipId } }",
                Map.of("a", c, "b", a)));
        ok(officer.query("{ triageQueue(first: 50) { totalCount edges { node { tipId priority } } } }"));
        for (String receipt : receipts) {
            expectNoErrors(tips.status(receipt));
        }
        return new Secrets(List.copyOf(texts), List.copyOf(receipts), List.copyOf(ids));
    }

    private static void ok(GraphQlClient.Reply reply) {
        if (reply.body().has("errors")) {
            throw new AssertionError("unexpected errors: " + reply.raw());
        }
    }

    private static void expectNoErrors(JsonNode body) {
        if (body.has("errors")) {
            throw new AssertionError("unexpected errors: " + body);
        }
    }
}
