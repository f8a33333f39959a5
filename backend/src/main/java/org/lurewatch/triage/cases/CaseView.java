package org.lurewatch.triage.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.triage.workflow.CaseStatus;
import org.lurewatch.triage.workflow.Transitions;
import org.lurewatch.warnings.Category;

/**
 * A case as the queue shows it, with its priority as of now: the reasons fixed on arrival, tips
 * sharing an indicator, and waiting time; an officer's override replaces the computed number
 * (the reasons stay visible).
 */
public record CaseView(String tipId, CaseStatus status, Category category, String country, TipChannel channel,
        boolean inDangerNow, Instant submittedAt, int priority, int computedPriority, List<Priority.Reason> priorityReasons,
        Override priorityOverride, String assignee, String reference, String referredTo, String duplicateOf,
        Instant firstReviewedAt, Instant closedAt, Set<CaseStatus> allowedTransitions) {

    /** An officer's priority, with why. */
    public record Override(int priority, String reason, String by, Instant at) {
    }

    /** Fields of a case sealed with the tip keys ({@link CaseSeal}): names bound into each ciphertext. */
    static final String REFERENCE = "reference";
    static final String REFERRED_TO = "referredTo";
    static final String OVERRIDE_REASON = "override.reason";

    static String reasonField(String code) {
        return "reasons." + code + ".explanation";
    }

    static CaseView of(Document d, int relatedTips, Instant now, CaseSeal seal) {
        String tipId = d.getString("_id");
        CaseStatus status = CaseStatus.valueOf(d.getString("status"));
        Instant submitted = instant(d, "submittedHour");
        List<Priority.Reason> reasons = new ArrayList<>();
        for (Document r : d.getList("reasons", Document.class, List.of())) {
            String code = r.getString("code");
            reasons.add(new Priority.Reason(code, r.getInteger("points"), seal.open(tipId, reasonField(code), r.get("explanation"))));
        }
        add(reasons, Priority.related(relatedTips));
        add(reasons, Priority.age(submitted, now, status == CaseStatus.NEW));
        int computed = Priority.total(reasons);
        Document o = d.get("override", Document.class);
        Override override = o == null ? null
                : new Override(o.getInteger("priority"), seal.open(tipId, OVERRIDE_REASON, o.get("reason")), o.getString("by"),
                        instant(o, "at"));
        return new CaseView(d.getString("_id"), status, Category.valueOf(d.getString("category")), d.getString("country"),
                TipChannel.valueOf(d.getString("channel")), d.getBoolean("inDangerNow", false), submitted,
                override == null ? computed : override.priority(), computed, reasons, override, d.getString("assignee"),
                seal.open(tipId, REFERENCE, d.get(REFERENCE)), seal.open(tipId, REFERRED_TO, d.get(REFERRED_TO)),
                d.getString("duplicateOf"),
                instant(d, "firstReviewedAt"), instant(d, "closedAt"), Transitions.from(status));
    }

    private static void add(List<Priority.Reason> reasons, Priority.Reason reason) {
        if (reason != null) {
            reasons.add(reason);
        }
    }

    static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    /** Sorts like the queue: priority high to low, then oldest first, then id; a string so cursors compare. */
    public String sortKey() {
        return String.format("%08d|%015d|%s", 10_000_000 - priority, submittedAt.toEpochMilli(), tipId);
    }
}
