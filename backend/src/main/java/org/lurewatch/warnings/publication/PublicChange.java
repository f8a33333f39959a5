package org.lurewatch.warnings.publication;

import java.time.Instant;

import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningChangeKind;

/** The rule that turns a warning's saved state into public messages. Plain, for unit tests. */
final class PublicChange {

    private PublicChange() {
    }

    /**
     * The message that moves the public from {@code last} (null: never seen) to the warning as it
     * is now ({@code current}; null: deleted), or null when the public saw no change: a draft, an
     * edit of a draft, a warning already recorded at this version.
     */
    static PublicationMessage between(PublicationMessage last, Warning current, Instant now) {
        if (current != null && current.isPublic()) {
            long number = current.version() == null ? 0 : current.version();
            WarningChangeKind kind;
            if (last == null || last.isWithdrawal()) {
                kind = WarningChangeKind.PUBLISHED;
            } else if (last.number() < number) {
                kind = WarningChangeKind.UPDATED;
            } else {
                return null;
            }
            if (last != null && last.number() >= number) {
                number = last.number() + 1; // a version counter reset by hand must not reuse an identifier
            }
            Instant at = current.updatedAt() != null ? current.updatedAt()
                    : current.publishedAt() != null ? current.publishedAt() : now;
            return new PublicationMessage(PublicationMessage.idOf(current.id(), number), current.id(), number, at, kind,
                    now, current.withoutBodies());
        }
        if (last == null || last.isWithdrawal()) {
            return null;
        }
        long number = current != null && current.version() != null ? current.version() : last.number() + 1;
        if (number <= last.number()) {
            number = last.number() + 1;
        }
        Instant at = current != null && current.updatedAt() != null && current.updatedAt().isAfter(last.at())
                ? current.updatedAt() : now;
        return new PublicationMessage(PublicationMessage.idOf(last.warningId(), number), last.warningId(), number, at,
                WarningChangeKind.WITHDRAWN, now, last.snapshot());
    }
}
