package org.lurewatch.triage.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.lurewatch.common.NotFoundException;
import org.lurewatch.common.UserInputException;
import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.TipRecords;
import org.lurewatch.triage.audit.AuditLog;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The whole file of one tip for an officer: the decrypted tip, notes, history and links. Every
 * read is audited; the first read is the tip's "first review" (time to first review).
 */
@Service
public class CaseFile {

    private final CaseStore cases;
    private final TipRecords tips;
    private final AuditLog audit;
    private final TriageQueue queue;
    private final Clock clock;
    private final CaseSeal seal;

    CaseFile(CaseStore cases, TipRecords tips, AuditLog audit, TriageQueue queue, Clock clock, CaseSeal seal) {
        this.seal = seal;
        this.cases = cases;
        this.tips = tips;
        this.audit = audit;
        this.queue = queue;
        this.clock = clock;
    }

    public record Note(String id, String by, Instant at, String text) {
    }

    public record StatusEntry(String from, String to, String by, Instant at, String reason, String reference,
            String referredTo) {
    }

    public record TipFile(CaseView triageCase, TipRecord tip, List<Note> notes, List<StatusEntry> history,
            Set<String> relatedTipIds, List<String> linkedTipIds) {
    }

    public TipFile read(String tipId) {
        StoredCase c = cases.byId(tipId).orElseThrow(() -> new NotFoundException("There is no tip " + tipId + " in triage"));
        TipRecord tip = tips.find(tipId).orElseThrow(() -> new NotFoundException("Tip " + tipId + " has been purged"));
        String user = Staff.current();
        audit.record(user, "READ_TIP", tipId, null);
        cases.updateIf(tipId, Criteria.where("firstReviewedAt").is(null), new Update().set("firstReviewedAt",
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS)));
        List<Note> notes = new ArrayList<>();
        for (StoredCase.Note n : c.notes()) {
            notes.add(new Note(n.id(), n.by(), n.at(), seal.open(tipId, noteField(n.id()), n.text())));
        }
        List<StatusEntry> history = new ArrayList<>();
        for (StoredCase.HistoryEntry h : c.history()) {
            history.add(new StatusEntry(h.from(), h.to(), h.by(), h.at(),
                    seal.open(tipId, historyField(h.id(), "reason"), h.reason()),
                    seal.open(tipId, historyField(h.id(), "reference"), h.reference()),
                    seal.open(tipId, historyField(h.id(), "referredTo"), h.referredTo())));
        }
        return new TipFile(queue.view(tipId), tip, notes, history, new TreeSet<>(queue.related(tipId)), c.links());
    }

    /** The sealed field of a note's text (bound to the note). */
    static String noteField(String noteId) {
        return "notes." + noteId + ".text";
    }

    /** The sealed field of a history entry's {@code part} (bound to the entry). */
    static String historyField(String entryId, String part) {
        return "history." + entryId + "." + part;
    }

    /** Links two tips both ways (an officer's judgement, beyond shared indicators). */
    public CaseView link(String tipId, String otherId) {
        pair(tipId, otherId, "otherTipId");
        cases.update(tipId, new Update().addToSet("links", otherId));
        cases.update(otherId, new Update().addToSet("links", tipId));
        audit.record(Staff.current(), "LINKED", tipId, otherId);
        return queue.view(tipId);
    }

    public CaseView unlink(String tipId, String otherId) {
        pair(tipId, otherId, "otherTipId");
        cases.update(tipId, new Update().pull("links", otherId));
        cases.update(otherId, new Update().pull("links", tipId));
        audit.record(Staff.current(), "UNLINKED", tipId, otherId);
        return queue.view(tipId);
    }

    /** Marks the tip a duplicate of an original (and links them); a null original clears the mark. */
    public CaseView markDuplicate(String tipId, String originalId) {
        if (originalId == null) {
            queue.view(tipId);
            cases.update(tipId, new Update().set("duplicateOf", null));
            audit.record(Staff.current(), "DUPLICATE_CLEARED", tipId, null);
            return queue.view(tipId);
        }
        pair(tipId, originalId, "originalTipId");
        if (tipId.equals(cases.byId(originalId).map(StoredCase::duplicateOf).orElse(null))) {
            throw new UserInputException("originalTipId", "That tip is marked a duplicate of this one; clear that first");
        }
        cases.update(tipId, new Update().set("duplicateOf", originalId).addToSet("links", originalId));
        cases.update(originalId, new Update().addToSet("links", tipId));
        audit.record(Staff.current(), "MARKED_DUPLICATE", tipId, "of " + originalId);
        return queue.view(tipId);
    }

    private void pair(String tipId, String otherId, String field) {
        if (otherId == null || otherId.equals(tipId)) {
            throw new UserInputException(field, "Name another tip");
        }
        queue.view(tipId);
        if (cases.byId(otherId).isEmpty()) {
            throw new UserInputException(field, "There is no tip " + otherId + " in triage");
        }
    }
}
