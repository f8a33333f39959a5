package org.lurewatch.triage.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lurewatch.common.UserInputException;
import org.lurewatch.graphql.Connection;
import org.lurewatch.support.EmbeddedTemplate;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.tips.TipRecords;
import org.lurewatch.warnings.Category;

/**
 * The queue's pages: priority high to low, then oldest first; each case once while cases arrive
 * between the requests, whatever their priority; a cursor from elsewhere is refused naming
 * {@code after}. On the embedded engine, with cases as stored.
 */
class TriageQueuePagingTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    @RegisterExtension
    static final EmbeddedTemplate db = new EmbeddedTemplate();
    private CaseStore cases;
    private TriageQueue queue;
    private int opened;

    @BeforeEach
    void empty() {
        db.database().getCollection(CaseStore.COLLECTION).drop();
        cases = new CaseStore(db.template());
        TipRecords tips = mock(TipRecords.class);
        queue = new TriageQueue(cases, tips, null, Clock.fixed(NOW, ZoneOffset.UTC), new CaseSeal(tips));
    }

    /** A case with these arrival points, submitted {@code hoursAgo} (under a day: no waiting points). */
    private void open(int points, int hoursAgo) {
        String id = String.format("case-%04d", opened++);
        Instant hour = NOW.minusSeconds(3600L * hoursAgo);
        List<StoredCase.Reason> reasons = points == 0 ? List.of()
                : List.of(new StoredCase.Reason("MATCHES_WARNINGS", points, new CaseText("warnings", null)));
        cases.insertAll(List.of(StoredCase.opened(id, Category.JOB_OFFER, "TH", TipChannel.LINE, false, hour, hour,
                reasons, List.of())));
    }

    @Test
    void eachCaseOnceInQueueOrderWhileCasesArrive() {
        for (int i = 0; i < 90; i++) {
            open((i * 7) % 5 * 10, i % 13);
        }
        List<String> before = queue.queue(null).stream().map(CaseView::tipId).toList();
        assertThat(before).hasSize(90);

        List<CaseView> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            Connection<CaseView> page = queue.page(null, 20, after);
            seen.addAll(page.nodes());
            pages++;
            if (!page.pageInfo().hasNextPage()) {
                break;
            }
            after = page.pageInfo().endCursor();
            // one at the top, one at the bottom of the queue, arriving between two requests
            open(40, 0);
            open(0, 12);
        }

        assertThat(pages).isEqualTo(5);
        List<String> ids = seen.stream().map(CaseView::tipId).toList();
        assertThat(ids).doesNotHaveDuplicates().containsSubsequence(before);
        assertThat(ids).containsAll(before);
        // in queue order throughout: priority down, then oldest first
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).sortKey()).isGreaterThan(seen.get(i - 1).sortKey());
        }
    }

    @Test
    void aCursorFromElsewhereIsRefusedNamingAfter() {
        open(10, 1);
        assertThatThrownBy(() -> queue.page(null, 10, "bm90LW91cnM")).isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).field()).isEqualTo("after"));
    }
}
