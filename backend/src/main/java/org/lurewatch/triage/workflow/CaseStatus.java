package org.lurewatch.triage.workflow;

import org.lurewatch.tips.TipStatus;

/** Where a tip stands in the police workflow; {@link #tipsterSees()} is what the tipster is shown. */
public enum CaseStatus {
    NEW, IN_REVIEW, NEEDS_INFO, ESCALATED, REFERRED, CLOSED_ACTIONED, CLOSED_NO_ACTION, SPAM;

    /** Escalations and referrals are still "being worked on" for the tipster: we never tell them where. */
    public TipStatus tipsterSees() {
        return switch (this) {
            case NEW -> TipStatus.RECEIVED;
            case IN_REVIEW, ESCALATED, REFERRED -> TipStatus.IN_REVIEW;
            case NEEDS_INFO -> TipStatus.NEEDS_INFO;
            case CLOSED_ACTIONED, CLOSED_NO_ACTION, SPAM -> TipStatus.CLOSED;
        };
    }

    /** Closed for good unless reopened; retention counts from here. */
    public boolean isClosed() {
        return this == CLOSED_ACTIONED || this == CLOSED_NO_ACTION || this == SPAM;
    }
}
