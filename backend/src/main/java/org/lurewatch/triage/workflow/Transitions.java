package org.lurewatch.triage.workflow;

import static org.lurewatch.triage.workflow.CaseStatus.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The workflow's transition table. A tip is looked at (IN_REVIEW) before any outcome, except that
 * obvious spam may be binned straight from NEW. Every closed state can be reopened into review
 * (a tipster writes back, a referral returns): closing must never lose a tip for good.
 */
public final class Transitions {

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            NEW, EnumSet.of(IN_REVIEW, SPAM),
            IN_REVIEW, EnumSet.of(NEEDS_INFO, ESCALATED, REFERRED, CLOSED_ACTIONED, CLOSED_NO_ACTION, SPAM),
            NEEDS_INFO, EnumSet.of(IN_REVIEW, ESCALATED, REFERRED, CLOSED_NO_ACTION),
            ESCALATED, EnumSet.of(IN_REVIEW, CLOSED_ACTIONED, CLOSED_NO_ACTION),
            REFERRED, EnumSet.of(IN_REVIEW, CLOSED_ACTIONED, CLOSED_NO_ACTION),
            CLOSED_ACTIONED, EnumSet.of(IN_REVIEW),
            CLOSED_NO_ACTION, EnumSet.of(IN_REVIEW),
            SPAM, EnumSet.of(IN_REVIEW));

    private Transitions() {
    }

    public static boolean allowed(CaseStatus from, CaseStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public static Set<CaseStatus> from(CaseStatus from) {
        return EnumSet.copyOf(ALLOWED.get(from));
    }

    /** @throws TriageConflictException naming the states a tip in {@code from} can move to */
    public static void check(CaseStatus from, CaseStatus to) {
        if (!allowed(from, to)) {
            throw new TriageConflictException("A tip in " + from + " cannot move to " + to + "; allowed: " + from(from));
        }
    }
}
