package org.lurewatch.triage.cases;

import java.time.Instant;
import java.util.List;

import org.lurewatch.tips.TipChannel;
import org.lurewatch.triage.workflow.CaseStatus;
import org.lurewatch.warnings.Category;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A case as stored in {@code triage_cases}, field for field as every version wrote it; the id is
 * the tip's. Every time is the hour: a minute next to the tip's hour would date the tip. What staff
 * write, and the red flags of the story, are {@link CaseText} (sealed with the tip keys).
 *
 * @param createdAt       the hour the case was opened
 * @param linkHashes      the keyed link hashes of the tip's indicators (related tips share one)
 * @param links           tips an officer linked to this one
 * @param firstReviewedAt the hour an officer first opened the tip; absent until then
 * @param closedAt        the hour it was closed (retention counts from it); null when open
 * @param relatedTips     {@link CaseRank#relatedTips()}; absent on cases an earlier version stored, until ranked
 * @param waitingPoints   {@link CaseRank#waitingPoints()} (points, not a time: nothing here dates the tip)
 * @param priority        {@link CaseRank#priority()}: what the queue sorts and filters by
 */
@Document(CaseStore.COLLECTION)
public record StoredCase(@Id String id, CaseStatus status, Category category, String country, TipChannel channel,
        boolean inDangerNow, Instant submittedHour, Instant createdAt, List<Reason> reasons, List<String> linkHashes,
        List<String> links, List<Note> notes, List<HistoryEntry> history, Instant statusChangedAt, Instant closedAt,
        Instant firstReviewedAt, String assignee, String duplicateOf, Override override, CaseText reference,
        CaseText referredTo, Integer relatedTips, Integer waitingPoints, Integer priority) {

    public StoredCase {
        reasons = reasons == null ? List.of() : reasons;
        linkHashes = linkHashes == null ? List.of() : linkHashes;
        links = links == null ? List.of() : links;
        notes = notes == null ? List.of() : notes;
        history = history == null ? List.of() : history;
    }

    /** A case as opened for a newly arrived tip. */
    static StoredCase opened(String tipId, Category category, String country, TipChannel channel, boolean inDangerNow,
            Instant submittedHour, Instant createdAt, List<Reason> reasons, List<String> linkHashes) {
        return new StoredCase(tipId, CaseStatus.NEW, category, country, channel, inDangerNow, submittedHour, createdAt,
                reasons, linkHashes, List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** This case with its rank set. */
    StoredCase ranked(CaseRank rank) {
        return new StoredCase(id, status, category, country, channel, inDangerNow, submittedHour, createdAt, reasons,
                linkHashes, links, notes, history, statusChangedAt, closedAt, firstReviewedAt, assignee, duplicateOf,
                override, reference, referredTo, rank.relatedTips(), rank.waitingPoints(), rank.priority());
    }

    /** The points fixed on arrival. */
    int arrivalPoints() {
        return reasons.stream().mapToInt(Reason::points).sum();
    }

    /** A reason for the priority fixed on arrival. */
    public record Reason(String code, int points, CaseText explanation) {
    }

    /** An internal note (the id named explicitly: Spring Data would store a nested {@code id} as {@code _id}). */
    public record Note(@Field("id") String id, String by, Instant at, CaseText text) {
    }

    /** A change of status; the three texts are written (as null) when the change had none. */
    public record HistoryEntry(@Field("id") String id, String from, String to, String by, Instant at,
            @Field(write = Field.Write.ALWAYS) CaseText reason, @Field(write = Field.Write.ALWAYS) CaseText reference,
            @Field(write = Field.Write.ALWAYS) CaseText referredTo) {
    }

    /** An officer's priority, with why. */
    public record Override(int priority, CaseText reason, String by, Instant at) {
    }
}
