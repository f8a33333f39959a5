package org.lurewatch.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.FineTimes;
import org.lurewatch.support.StaffClient;
import org.lurewatch.support.TipSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Issue 22, finding 2: nothing in the database dates a tip more precisely than its hour. After a
 * session that submits, follows up and triages tips, no document of any collection holds a time
 * finer than the hour: not a case's opening, not an event of its history, not an audit entry
 * (nor its id), not a note, a reply or a status change.
 */
class TipTimesTest extends TriageTestBase {

    @Autowired
    MongoTemplate mongo;

    @Test
    void noDocumentOfAnyCollectionHoldsATimeFinerThanTheHour() {
        StaffClient officer = staff("times-officer", "TRIAGE");
        TipSession.run(tips, officer, this::lastTipWithCase);

        List<String> fine = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        for (String name : mongo.getCollectionNames()) {
            if (STAFF_ONLY.contains(name)) {
                continue;
            }
            scanned.add(name);
            for (Document d : mongo.getCollection(name).find()) {
                fine.addAll(FineTimes.in(name + "/" + d.get("_id"), d));
            }
        }
        assertThat(scanned).contains("tips", "triage_cases", "triage_audit");
        assertThat(fine).as("times finer than the hour in the database").isEmpty();
    }

    /**
     * Collections that hold nothing about a tip: staff accounts and their tokens (when a member
     * signed in or changed a password dates staff, not tipsters).
     */
    static final List<String> STAFF_ONLY = List.of("staff_users", "api_tokens", "api_keys", "api_key_usage");

    private String lastTipWithCase() {
        String id = submitted.ids.getLast();
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> cases.byId(id).isPresent());
        return id;
    }
}
