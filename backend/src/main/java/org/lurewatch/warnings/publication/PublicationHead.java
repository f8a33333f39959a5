package org.lurewatch.warnings.publication;

import java.time.Instant;
import java.util.List;

import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.WarningChangeKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The index of one warning's messages, read by id: which numbers it has and what the newest one
 * was. The embedded database answers a query by any field but {@code _id} by reading every
 * document, and a feed request must not read the whole log.
 *
 * @param numbers  the numbers of its messages (their ids follow from them)
 * @param category and {@code countries}: of the newest message's snapshot, to filter tombstones
 */
@Document("warning_publication_heads")
public record PublicationHead(@Id String warningId, List<Long> numbers, long lastNumber, WarningChangeKind lastKind,
        Instant lastAt, Category category, List<String> countries) {

    public PublicationHead {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        countries = countries == null ? List.of() : List.copyOf(countries);
    }

    public boolean withdrawn() {
        return lastKind == WarningChangeKind.WITHDRAWN;
    }
}
