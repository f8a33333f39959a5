package org.lurewatch.triage.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
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
        cases.forEach(d -> {
            Bson update = updateFor(d);
            if (update != null) {
                if (cases.updateIf(d.getString("_id"), unchanged(d), update).isPresent()) {
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

    /** The $set that seals every clear value of the case; null when nothing is in clear. */
    Bson updateFor(Document d) {
        String tipId = d.getString("_id");
        List<Bson> sets = new ArrayList<>();
        for (String field : List.of(CaseView.REFERENCE, CaseView.REFERRED_TO)) {
            if (CaseSeal.inClear(d.get(field))) {
                sets.add(Updates.set(field, seal.seal(tipId, field, d.getString(field))));
            }
        }
        Document override = d.get("override", Document.class);
        if (override != null && CaseSeal.inClear(override.get("reason"))) {
            sets.add(Updates.set("override.reason", seal.seal(tipId, CaseView.OVERRIDE_REASON, override.getString("reason"))));
        }
        List<Document> reasons = d.getList("reasons", Document.class, List.of());
        if (reasons.stream().anyMatch(r -> Priority.FROM_STORY.contains(r.getString("code")) && CaseSeal.inClear(r.get("explanation")))) {
            sets.add(Updates.set("reasons", reasons.stream().map(r -> Priority.FROM_STORY.contains(r.getString("code"))
                    && CaseSeal.inClear(r.get("explanation"))
                    ? new Document(r).append("explanation", seal.seal(tipId, CaseView.reasonField(r.getString("code")),
                            r.getString("explanation")))
                    : r).toList()));
        }
        List<Document> notes = d.getList("notes", Document.class, List.of());
        if (notes.stream().anyMatch(n -> CaseSeal.inClear(n.get("text")))) {
            sets.add(Updates.set("notes", notes.stream().map(n -> {
                if (!CaseSeal.inClear(n.get("text"))) {
                    return n;
                }
                String id = n.getString("id") == null ? UUID.randomUUID().toString() : n.getString("id");
                return new Document(n).append("id", id).append("text", seal.seal(tipId, CaseFile.noteField(id), n.getString("text")));
            }).toList()));
        }
        List<Document> history = d.getList("history", Document.class, List.of());
        if (history.stream().anyMatch(h -> CaseSeal.inClear(h.get("reason")) || CaseSeal.inClear(h.get("reference"))
                || CaseSeal.inClear(h.get("referredTo")))) {
            sets.add(Updates.set("history", history.stream().map(h -> {
                String id = h.getString("id") == null ? UUID.randomUUID().toString() : h.getString("id");
                Document entry = new Document(h).append("id", id);
                for (String part : List.of("reason", "reference", "referredTo")) {
                    if (CaseSeal.inClear(h.get(part))) {
                        entry.append(part, seal.seal(tipId, CaseFile.historyField(id, part), h.getString(part)));
                    }
                }
                return entry;
            }).toList()));
        }
        return sets.isEmpty() ? null : Updates.combine(sets);
    }

    /** The case still holds the lists and values that were read. */
    private static Bson unchanged(Document d) {
        List<Bson> same = new ArrayList<>();
        for (String field : List.of("notes", "history", "reasons", "override", CaseView.REFERENCE, CaseView.REFERRED_TO)) {
            same.add(Filters.eq(field, d.get(field)));
        }
        return Filters.and(same);
    }
}
