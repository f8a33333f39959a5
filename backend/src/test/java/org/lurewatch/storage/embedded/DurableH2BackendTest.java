package org.lurewatch.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

/** Which writes the embedded server syncs before it answers: all but those that waive the journal. */
class DurableH2BackendTest {

    private static Document insert(Document writeConcern) {
        Document command = new Document("insert", "tips");
        if (writeConcern != null) {
            command.put("writeConcern", writeConcern);
        }
        return command;
    }

    @Test
    void aWriteIsSyncedUnlessItsWriteConcernSaysNoJournal() {
        assertThat(DurableH2Backend.journaled(insert(null))).as("the driver's default sends none").isTrue();
        assertThat(DurableH2Backend.journaled(insert(new Document("w", "majority").append("j", true)))).isTrue();
        assertThat(DurableH2Backend.journaled(insert(new Document("w", 1)))).as("j unspecified").isTrue();
        assertThat(DurableH2Backend.journaled(insert(new Document("w", 1).append("j", false)))).isFalse();
    }
}
