package org.lurewatch.triage.cases;

import java.util.List;
import java.util.UUID;

import org.bson.BsonValue;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seals, once, what an earlier version stored in clear in {@code triage_cases}: notes, status
 * reasons, escalation references, where a tip was referred, override reasons and the red flags of
 * a story. Runs when the app is ready; each case is rewritten only if it still holds what was read
 * (another instance's note added meanwhile is never lost: that case is sealed at the next start).
 * Until then, a value in clear still reads ({@link CaseSeal#open}).
 */
@Component
public class CaseSealing {

    private static final Logger LOG = LoggerFactory.getLogger(CaseSealing.class);

    private static final String SEALED = "cases-sealed";

    private final CaseStore cases;
    private final CaseSeal seal;

    CaseSealing(CaseStore cases, CaseSeal seal) {
        this.cases = cases;
        this.seal = seal;
    }

    /**
     * At start, until one pass has left nothing in clear: this version writes nothing in clear, so
     * after that pass every start would only read every case again.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void sealOnce() {
        if (cases.isDone(SEALED)) {
            return;
        }
        if (seal().left() == 0) {
            cases.markDone(SEALED);
        }
    }

    /** @return how many cases were sealed */
    public int sealWhatIsInClear() {
        return seal().sealed();
    }

    private record Pass(int sealed, int left) {
    }

    private Pass seal() {
        int[] sealed = {0};
        int[] left = {0};
        cases.forEachAsStored(d -> {
            Document set = updateFor(d);
            if (set != null) {
                if (cases.updateIfStoredAs(d.getString("_id"), d, COMPARED, set)) {
                    sealed[0]++;
                } else {
                    left[0]++; // changed meanwhile by another instance: sealed at the next start
                }
            }
        });
        if (sealed[0] > 0) {
            LOG.info("Sealed the clear-text notes, reasons and references of {} triage case(s) with the tip keys", sealed[0]);
        }
        return new Pass(sealed[0], left[0]);
    }

    /** The case is rewritten only while it still holds the lists and values that were read. */
    private static final List<String> COMPARED = List.of("notes", "history", "reasons", "override", CaseView.REFERENCE,
            CaseView.REFERRED_TO);

    /**
     * The fields to set to seal every clear value of the case; null when nothing is in clear. Read
     * as stored, not as {@link StoredCase}: an earlier version's entries may lack an id, and the
     * rewrite must keep every other part of them exactly.
     */
    Document updateFor(Document d) {
        String tipId = d.getString("_id");
        Document sets = new Document();
        for (String field : List.of(CaseView.REFERENCE, CaseView.REFERRED_TO)) {
            if (inClear(d.get(field))) {
                sets.append(field, sealed(tipId, field, d.getString(field)));
            }
        }
        Document override = d.get("override", Document.class);
        if (override != null && inClear(override.get("reason"))) {
            sets.append("override.reason", sealed(tipId, CaseView.OVERRIDE_REASON, override.getString("reason")));
        }
        List<Document> reasons = d.getList("reasons", Document.class, List.of());
        if (reasons.stream().anyMatch(r -> Priority.FROM_STORY.contains(r.getString("code")) && inClear(r.get("explanation")))) {
            sets.append("reasons", reasons.stream().map(r -> Priority.FROM_STORY.contains(r.getString("code"))
                    && inClear(r.get("explanation"))
                    ? new Document(r).append("explanation", sealed(tipId, CaseView.reasonField(r.getString("code")),
                            r.getString("explanation")))
                    : r).toList());
        }
        List<Document> notes = d.getList("notes", Document.class, List.of());
        if (notes.stream().anyMatch(n -> inClear(n.get("text")))) {
            sets.append("notes", notes.stream().map(n -> {
                if (!inClear(n.get("text"))) {
                    return n;
                }
                String id = n.getString("id") == null ? UUID.randomUUID().toString() : n.getString("id");
                return new Document(n).append("id", id).append("text", sealed(tipId, CaseFile.noteField(id), n.getString("text")));
            }).toList());
        }
        List<Document> history = d.getList("history", Document.class, List.of());
        if (history.stream().anyMatch(h -> inClear(h.get("reason")) || inClear(h.get("reference"))
                || inClear(h.get("referredTo")))) {
            sets.append("history", history.stream().map(h -> {
                String id = h.getString("id") == null ? UUID.randomUUID().toString() : h.getString("id");
                Document entry = new Document(h).append("id", id);
                for (String part : List.of("reason", "reference", "referredTo")) {
                    if (inClear(h.get(part))) {
                        entry.append(part, sealed(tipId, CaseFile.historyField(id, part), h.getString(part)));
                    }
                }
                return entry;
            }).toList());
        }
        return sets.isEmpty() ? null : sets;
    }

    private BsonValue sealed(String tipId, String field, String text) {
        return seal.seal(tipId, field, text).stored();
    }

    /** True when the value is text in clear (an earlier version's). */
    private static boolean inClear(Object stored) {
        return stored instanceof String;
    }
}
