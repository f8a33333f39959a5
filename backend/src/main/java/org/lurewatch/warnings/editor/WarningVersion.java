package org.lurewatch.warnings.editor;

import java.time.Instant;
import java.util.List;

import org.lurewatch.warnings.Warning;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One saved state of a warning: who saved it, when, what changed, and the whole warning as it was
 * then. Written after every editorial change and never changed.
 *
 * @param number       the warning's {@code version} after this change (what an editor passes back)
 * @param changes      the fields that differ from the version before, e.g. {@code translations.th.title}
 * @param restoredFrom for {@link EditAction#RESTORED}: the number that was restored
 */
@Document("warning_versions")
public record WarningVersion(
        @Id String id,
        String warningId,
        long number,
        Instant at,
        String by,
        EditAction action,
        List<String> changes,
        Long restoredFrom,
        Warning snapshot) {

    public WarningVersion {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** What an editor did. */
    public enum EditAction {
        CREATED, EDITED, TRANSLATION_SET, TRANSLATION_REMOVED, PUBLISHED, ARCHIVED, RETURNED_TO_DRAFT, RESTORED,
        /** The state a warning had when the editor first saw it (loaded as a sample or imported). */
        IMPORTED
    }
}
