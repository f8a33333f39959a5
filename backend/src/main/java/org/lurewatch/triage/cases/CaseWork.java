package org.lurewatch.triage.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.lurewatch.common.NotFoundException;
import org.lurewatch.common.PlainText;
import org.lurewatch.common.UserInputException;
import org.lurewatch.tips.TipRecords;
import org.lurewatch.triage.audit.AuditLog;
import org.lurewatch.triage.workflow.CaseStatus;
import org.lurewatch.triage.workflow.Transitions;
import org.lurewatch.triage.workflow.TriageConflictException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Changes to a case: status, assignment, notes, replies, priority override. Each is one
 * conditional update (the filter holds what the officer saw), then one audit entry.
 */
@Service
public class CaseWork {

    public static final int MAX_NOTE = 5_000;
    public static final int MAX_REASON = 1_000;
    public static final int MAX_REFERENCE = 200;

    private final CaseStore cases;
    private final TipRecords tips;
    private final AuditLog audit;
    private final TriageQueue queue;
    private final Clock clock;
    private final CaseSeal seal;
    private final CaseRanks ranks;

    CaseWork(CaseStore cases, TipRecords tips, AuditLog audit, TriageQueue queue, Clock clock, CaseSeal seal,
            CaseRanks ranks) {
        this.seal = seal;
        this.ranks = ranks;
        this.cases = cases;
        this.tips = tips;
        this.audit = audit;
        this.queue = queue;
        this.clock = clock;
    }

    /** The change of status the officer asked for, with why; where/reference for hand-overs. */
    public record StatusChange(CaseStatus to, String reason, String reference, String referredTo) {
    }

    public CaseView changeStatus(String tipId, StatusChange change) {
        StoredCase current = existing(tipId);
        CaseStatus from = current.status();
        if (change.to() == null) {
            throw new UserInputException("to", "Say which status the tip moves to");
        }
        Transitions.check(from, change.to());
        String reason = PlainText.clean(change.reason(), "reason", MAX_REASON);
        if (needsReason(from, change.to()) && (reason == null || reason.isBlank())) {
            throw new UserInputException("reason", "Moving a tip to " + change.to() + " needs a reason");
        }
        String reference = PlainText.clean(change.reference(), "reference", MAX_REFERENCE);
        String referredTo = PlainText.clean(change.referredTo(), "referredTo", MAX_REFERENCE);
        if (change.to() == CaseStatus.ESCALATED && blank(reference)) {
            throw new UserInputException("reference", "Escalating needs the investigating unit's reference");
        }
        if (change.to() == CaseStatus.REFERRED && blank(referredTo)) {
            throw new UserInputException("referredTo", "Referring needs where the tip went (agency or country)");
        }
        String user = Staff.current();
        Instant now = hour();
        String entry = UUID.randomUUID().toString();
        Update update = new Update()
                .set("status", change.to())
                .set("statusChangedAt", now)
                .set("closedAt", change.to().isClosed() ? now : null)
                .push("history", new StoredCase.HistoryEntry(entry, from.name(), change.to().name(), user, now,
                        seal.seal(tipId, CaseFile.historyField(entry, "reason"), blank(reason) ? null : reason),
                        seal.seal(tipId, CaseFile.historyField(entry, "reference"),
                                change.to() == CaseStatus.ESCALATED ? reference : null),
                        seal.seal(tipId, CaseFile.historyField(entry, "referredTo"),
                                change.to() == CaseStatus.REFERRED ? referredTo : null)));
        if (change.to() == CaseStatus.ESCALATED) {
            update.set(CaseView.REFERENCE, seal.seal(tipId, CaseView.REFERENCE, reference));
        }
        if (change.to() == CaseStatus.REFERRED) {
            update.set(CaseView.REFERRED_TO, seal.seal(tipId, CaseView.REFERRED_TO, referredTo));
        }
        cases.updateIf(tipId, Criteria.where("status").is(from), update).orElseThrow(() -> new TriageConflictException(
                "Someone changed this tip's status meanwhile; reload it and try again"));
        // waiting points count only while NEW
        ranks.rerank(tipId);
        tips.setStatus(tipId, change.to().tipsterSees());
        audit.record(user, "STATUS_CHANGED", tipId, from + " -> " + change.to());
        return queue.view(tipId);
    }

    /** Dropping a tip, or reopening a decision, must be explained; starting work need not be. */
    static boolean needsReason(CaseStatus from, CaseStatus to) {
        return to == CaseStatus.CLOSED_NO_ACTION || to == CaseStatus.SPAM || from.isClosed();
    }

    public CaseView claim(String tipId) {
        String user = Staff.current();
        return reassign(tipId, null, user, "CLAIMED", user);
    }

    /** Hands the tip to a colleague, only if it is still with {@code expectedAssignee} (null = nobody). */
    public CaseView assign(String tipId, String to, String expectedAssignee) {
        if (blank(to)) {
            throw new UserInputException("to", "Name the colleague (user name) to assign the tip to");
        }
        return reassign(tipId, expectedAssignee, to.trim(), "ASSIGNED", "to " + to.trim());
    }

    public CaseView release(String tipId) {
        String user = Staff.current();
        return reassign(tipId, user, null, "RELEASED", user);
    }

    private CaseView reassign(String tipId, String expected, String to, String action, String details) {
        existing(tipId);
        StoredCase after = cases.updateIf(tipId, Criteria.where("assignee").is(expected), new Update().set("assignee", to))
                .orElseThrow(() -> {
                    String holder = cases.byId(tipId).map(StoredCase::assignee).orElse(null);
                    return new TriageConflictException(holder == null ? "Nobody holds this tip (any more)"
                            : "This tip is held by " + holder + "; reload and ask them, or assign it explicitly");
                });
        audit.record(Staff.current(), action, tipId, details);
        return queue.view(after.id());
    }

    /** Internal notes are for staff only: they live here, never in the tip the tipster can read. */
    public CaseView addNote(String tipId, String text) {
        String cleaned = PlainText.clean(text, "text", MAX_NOTE);
        if (blank(cleaned)) {
            throw new UserInputException("text", "The note is empty");
        }
        existing(tipId);
        String user = Staff.current();
        String noteId = UUID.randomUUID().toString();
        cases.update(tipId, new Update().push("notes", new StoredCase.Note(noteId, user, hour(),
                seal.seal(tipId, CaseFile.noteField(noteId), cleaned))));
        audit.record(user, "NOTE_ADDED", tipId, null);
        return queue.view(tipId);
    }

    public CaseView reply(String tipId, String text) {
        existing(tipId);
        tips.addStaffReply(tipId, text);
        audit.record(Staff.current(), "REPLY_SENT", tipId, null);
        return queue.view(tipId);
    }

    /** Sets (or, with a null priority, clears) an officer's priority, with why. */
    public CaseView overridePriority(String tipId, Integer priority, String reason) {
        existing(tipId);
        String user = Staff.current();
        if (priority == null) {
            cases.update(tipId, new Update().set("override", null));
            ranks.rerank(tipId);
            audit.record(user, "PRIORITY_OVERRIDE_CLEARED", tipId, null);
            return queue.view(tipId);
        }
        if (priority < 0 || priority > 1_000) {
            throw new UserInputException("priority", "priority must be between 0 and 1000");
        }
        String cleaned = PlainText.clean(reason, "reason", MAX_REASON);
        if (blank(cleaned)) {
            throw new UserInputException("reason", "Overriding the priority needs a reason");
        }
        cases.update(tipId, new Update().set("override", new StoredCase.Override(priority,
                seal.seal(tipId, CaseView.OVERRIDE_REASON, cleaned), user, hour())));
        ranks.rerank(tipId);
        audit.record(user, "PRIORITY_OVERRIDDEN", tipId, "to " + priority);
        return queue.view(tipId);
    }

    /**
     * Every time written about a case is the hour: a minute next to the tip's hour would date the
     * tip (a case is opened, read and worked moments after some tips arrive).
     */
    private Instant hour() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    }

    StoredCase existing(String tipId) {
        return cases.byId(tipId).orElseThrow(() -> new NotFoundException("There is no tip " + tipId + " in triage"));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
