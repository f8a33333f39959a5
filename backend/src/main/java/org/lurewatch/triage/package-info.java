/**
 * Police triage of anonymous tips: a prioritised queue, the status workflow, assignment, internal
 * notes, replies to the tipster, links between tips, an append-only audit log and retention.
 * Staff only (role TRIAGE; the audit log needs ADMIN). Reads tips only through
 * {@link org.lurewatch.tips.TipRecords}; keeps its own collections {@code triage_cases} and
 * {@code triage_audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage")
package org.lurewatch.triage;
