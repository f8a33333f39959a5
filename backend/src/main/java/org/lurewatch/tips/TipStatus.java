package org.lurewatch.tips;

/** The status a tipster sees (worded for them in the {@code tips.status.*} server texts); triage maps its own workflow onto it. */
public enum TipStatus {
    /** Stored, not yet read. */
    RECEIVED,
    /** Someone is working on it. */
    IN_REVIEW,
    /** Staff asked the tipster a question. */
    NEEDS_INFO,
    /** Work on it has finished. */
    CLOSED
}
