package org.lurewatch.triage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lurewatch.common.UserInputException;
import org.lurewatch.graphql.Connection;
import org.lurewatch.support.EmbeddedTemplate;
import org.lurewatch.triage.audit.AuditLog;

/**
 * The audit log is paged in the database, newest first, from the cursor's id: on the embedded
 * engine, through the controller the API calls, with documents in the shape every version wrote.
 */
class AuditLogPagingTest {

    @RegisterExtension
    static final EmbeddedTemplate db = new EmbeddedTemplate();
    private AuditLog audit;
    private AuditController api;

    @BeforeEach
    void empty() {
        db.database().getCollection(AuditLog.COLLECTION).drop();
        audit = new AuditLog(db.template(), Clock.fixed(Instant.parse("2026-12-07T00:41:17.123Z"), ZoneOffset.UTC));
        api = new AuditController(audit);
    }

    /** Every matching entry, newest first, in one page. */
    private List<AuditLog.Entry> all(AuditLog.Filter filter) {
        AuditLog.Page page = audit.page(filter, null, 10_000);
        assertThat(page.hasMore()).isFalse();
        return page.entries();
    }

    private List<String> pageThrough(AuditController.AuditLogFilter filter, int size, Runnable betweenPages) {
        List<String> seen = new ArrayList<>();
        String after = null;
        while (true) {
            Connection<AuditLog.Entry> page = api.auditLog(filter, size, after);
            assertThat(page.edges()).hasSizeLessThanOrEqualTo(size);
            page.nodes().forEach(e -> seen.add(e.id()));
            if (!page.pageInfo().hasNextPage()) {
                return seen;
            }
            after = page.pageInfo().endCursor();
            betweenPages.run();
        }
    }

    @Test
    void pagesThroughEveryEntryOnceNewestFirstWhileEntriesAreWritten() {
        for (int i = 0; i < 130; i++) {
            audit.record("officer" + (i % 3), "READ_TIP", "tip-" + i, null);
        }
        List<String> before = all(AuditLog.Filter.ANY).stream().map(AuditLog.Entry::id).toList();
        assertThat(before).hasSize(130);

        int[] written = {0};
        List<String> seen = pageThrough(null, 40, () -> {
            audit.record("admin", "NOTE_ADDED", "tip-new-" + written[0]++, null);
        });

        assertThat(seen).containsExactlyElementsOf(before);
        assertThat(written[0]).isEqualTo(3);
        assertThat(api.auditLog(null, 1, null).totalCount()).isEqualTo(133);
    }

    @Test
    void filtersAndCountsInTheDatabase() {
        for (int i = 0; i < 50; i++) {
            audit.record(i % 2 == 0 ? "ana" : "bo", "READ_TIP", i % 5 == 0 ? "tip-x" : "tip-" + i, null);
        }
        var anaOnX = new AuditController.AuditLogFilter("tip-x", "ana", null, null);
        List<String> seen = pageThrough(anaOnX, 2, () -> { });
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(api.auditLog(anaOnX, 2, null).totalCount()).isEqualTo(5);
        assertThat(all(new AuditLog.Filter("tip-x", "ana", null, null))).extracting(AuditLog.Entry::id).containsExactlyElementsOf(seen);

        Instant hour = Instant.parse("2026-12-07T00:00:00Z");
        assertThat(api.auditLog(new AuditController.AuditLogFilter(null, null, hour, hour.plusSeconds(3600)), 100, null)
                .totalCount()).isEqualTo(50);
        assertThat(api.auditLog(new AuditController.AuditLogFilter(null, null, hour.plusSeconds(3600), null), 100, null)
                .edges()).isEmpty();
    }

    @Test
    void anEmptyPageStillSaysWhetherMoreFollow() {
        audit.record("ana", "READ_TIP", "t", null);
        Connection<AuditLog.Entry> none = api.auditLog(null, 0, null);
        assertThat(none.edges()).isEmpty();
        assertThat(none.pageInfo().hasNextPage()).isTrue();
        assertThat(none.totalCount()).isEqualTo(1);
    }

    @Test
    void readsAndWritesTheShapeEveryVersionStored() {
        Instant hour = Instant.parse("2026-12-06T10:00:00Z");
        var raw = db.database().getCollection(AuditLog.COLLECTION);
        // as the hand-written version stored them: an id of the first version (millis-random) and one of today's
        String firstVersionId = (hour.toEpochMilli() - 300_000) + "-2b1f";
        raw.insertOne(new Document("_id", firstVersionId).append("at", Date.from(hour)).append("user", "ana")
                .append("action", "READ_TIP").append("tipId", "t1").append("details", null));
        raw.insertOne(new Document("_id", String.format("%013d-%012d-%s", hour.toEpochMilli(), 7, "x"))
                .append("at", Date.from(hour)).append("user", "system").append("action", "PURGED")
                .append("tipId", null).append("details", "retention after SPAM"));

        assertThat(all(AuditLog.Filter.ANY)).containsExactly(
                new AuditLog.Entry(String.format("%013d-%012d-%s", hour.toEpochMilli(), 7, "x"), hour, "system", "PURGED",
                        null, "retention after SPAM"),
                new AuditLog.Entry(firstVersionId, hour, "ana", "READ_TIP", "t1", null));

        // a new log continues the sequence after the stored one and writes the same fields, no more
        AuditLog restarted = new AuditLog(db.template(), Clock.fixed(hour.plusSeconds(61 * 60 + 7), ZoneOffset.UTC));
        restarted.record("bo", "CLAIMED", null, null);
        Document written = raw.find(new Document("action", "CLAIMED")).first();
        assertThat(written.keySet()).containsExactly("_id", "at", "user", "action", "tipId", "details");
        assertThat(written.getString("_id")).startsWith(String.format("%013d-%012d-", hour.plus(1, ChronoUnit.HOURS)
                .toEpochMilli(), 8));
        assertThat(written.get("at")).isEqualTo(Date.from(hour.plus(1, ChronoUnit.HOURS)));
        assertThat(written.containsKey("tipId")).isTrue();
        assertThat(written.get("tipId")).isNull();
    }

    @Test
    void aCursorThisApiDidNotHandOutIsRefusedNamingAfter() {
        audit.record("ana", "READ_TIP", "t", null);
        String foreign = Base64.getUrlEncoder().encodeToString("{\"_id\":\"x\"}".getBytes());
        for (String bad : List.of("not a cursor!", foreign, "YWJj")) {
            assertThatThrownBy(() -> api.auditLog(null, 10, bad)).isInstanceOf(UserInputException.class)
                    .satisfies(e -> assertThat(((UserInputException) e).field()).isEqualTo("after"));
        }
        assertThatThrownBy(() -> api.auditLog(null, 101, null)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("100");
    }
}
