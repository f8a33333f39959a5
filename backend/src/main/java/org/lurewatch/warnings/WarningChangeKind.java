package org.lurewatch.warnings;

/** What happened to a warning as the public saw it: drafts and edits of drafts are never a change. */
public enum WarningChangeKind {
    /** Visible from now on: its first publication, or published again after a withdrawal. */
    PUBLISHED,
    /** Was visible and still is, with new content. */
    UPDATED,
    /** Was visible and is no longer (archived, returned to draft or deleted). */
    WITHDRAWN
}
