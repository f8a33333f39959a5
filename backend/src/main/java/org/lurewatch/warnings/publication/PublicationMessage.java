package org.lurewatch.warnings.publication;

import java.time.Instant;

import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningChangeKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change of a warning as the public saw it: the source of its CAP messages, of the Atom feed's
 * tombstones and of the API's incremental sync. Written once, never changed.
 *
 * @param id       {@code warningId:number}, so that two instances recording the same change write one message
 * @param number   the warning's version at this change: unique per warning, and what the CAP identifier names
 * @param at       when the change was made (the warning's {@code updatedAt} then)
 * @param logged   when this message was written; the sync cursor's order, so a message backfilled or written
 *                 late is still seen by a mirror that has read past its {@code at}
 * @param snapshot the warning as published, without bodies; for a withdrawal, the last published content
 *                 (only its metadata is ever shown: a Cancel carries no text)
 */
@Document("warning_publications")
public record PublicationMessage(@Id String id, String warningId, long number, Instant at, WarningChangeKind kind,
        Instant logged, Warning snapshot) {

    static String idOf(String warningId, long number) {
        // zero-padded: the ids of one warning sort like its numbers
        return warningId + ":" + String.format("%019d", number);
    }

    public boolean isWithdrawal() {
        return kind == WarningChangeKind.WITHDRAWN;
    }
}
