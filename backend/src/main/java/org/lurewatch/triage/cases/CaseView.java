package org.lurewatch.triage.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    /**
     * The case with its rank as stored, the one the queue sorted it by: the priority shown is always
     * the one the order follows. {@code relatedTips} is the exact count of related cases when the
     * stored one reached {@link CaseRank#RELATED_CAP} (it words the reason; the points are the stored
     * ones). {@code hour} (the hour the ranks are as of) words the days of waiting. A case not ranked
     * yet is ranked afresh.
     */
    static CaseView ranked(StoredCase c, int relatedTips, Instant hour, CaseSeal seal) {
        if (c.priority() == null || c.relatedTips() == null || c.waitingPoints() == null) {
            return of(c, relatedTips, hour, seal);
        }
        Priority.Reason related = c.relatedTips() == 0 ? null : new Priority.Reason("MATCHES_OTHER_TIPS",
                Priority.relatedPoints(c.relatedTips()), Priority.related(Math.max(c.relatedTips(), relatedTips)).explanation());
        return of(c, related, Priority.waiting(c.submittedHour(), hour, c.waitingPoints()), c.priority(), seal);
    }

    /** The case ranked afresh with {@code relatedTips} related cases as of {@code now} (the rules alone). */
    static CaseView of(StoredCase c, int relatedTips, Instant now, CaseSeal seal) {
        CaseRank rank = CaseRank.of(c, relatedTips, now);
        return of(c, Priority.related(relatedTips), Priority.waiting(c.submittedHour(), now, rank.waitingPoints()),
                rank.priority(), seal);
    }

    private static CaseView of(StoredCase c, Priority.Reason related, Priority.Reason waiting, int priority, CaseSeal seal) {
        String tipId = c.id();
        List<Priority.Reason> reasons = new ArrayList<>();
        for (StoredCase.Reason r : c.reasons()) {
            reasons.add(new Priority.Reason(r.code(), r.points(), seal.open(tipId, reasonField(r.code()), r.explanation())));
        }
        add(reasons, related);
        add(reasons, waiting);
        int computed = Priority.total(reasons);
        StoredCase.Override o = c.override();
        Override override = o == null ? null
                : new Override(o.priority(), seal.open(tipId, OVERRIDE_REASON, o.reason()), o.by(), o.at());
        return new CaseView(tipId, c.status(), c.category(), c.country(), c.channel(), c.inDangerNow(), c.submittedHour(),
                priority, computed, reasons, override, c.assignee(),
                seal.open(tipId, REFERENCE, c.reference()), seal.open(tipId, REFERRED_TO, c.referredTo()), c.duplicateOf(),
                c.firstReviewedAt(), c.closedAt(), Transitions.from(c.status()));
    }

    private static void add(List<Priority.Reason> reasons, Priority.Reason reason) {
        if (reason != null) {
            reasons.add(reason);
        }
    }

    /** Sorts like the queue: priority high to low, then oldest first, then id; a string so cursors compare. */
    public String sortKey() {
        return String.format("%08d|%015d|%s", KEY_BASE - priority, submittedAt.toEpochMilli(), tipId);
    }

    private static final int KEY_BASE = 10_000_000;
    private static final java.util.regex.Pattern SORT_KEY = java.util.regex.Pattern.compile("(\\d{8})\\|(\\d{15})\\|(.+)");

    /** A place in the queue: the case with this priority, submission hour and id. */
    record Place(int priority, Instant submittedAt, String tipId) {
    }

    /** The place a {@link #sortKey()} names; empty for anything else. */
    static java.util.Optional<Place> place(String sortKey) {
        java.util.regex.Matcher m = SORT_KEY.matcher(sortKey);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Place(KEY_BASE - Integer.parseInt(m.group(1)),
                Instant.ofEpochMilli(Long.parseLong(m.group(2))), m.group(3)));
    }
}
