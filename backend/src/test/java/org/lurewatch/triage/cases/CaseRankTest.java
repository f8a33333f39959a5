package org.lurewatch.triage.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.tips.TipRecords;
import org.lurewatch.triage.workflow.CaseStatus;
import org.lurewatch.warnings.Category;

/** The rank rules alone, without Spring or a database. */
class CaseRankTest {

    private static final Instant HOUR = Instant.parse("2026-12-07T03:00:00Z");

    private static Instant daysAgo(long days, long hours) {
        return HOUR.minus(Duration.ofDays(days)).minus(Duration.ofHours(hours));
    }

    @Test
    void pointsAddUpAndAnOverrideReplacesTheSum() {
        CaseRank rank = CaseRank.of(100, 2, CaseStatus.NEW, daysAgo(3, 0), HOUR, null);
        assertThat(rank).isEqualTo(new CaseRank(2, 6, 100 + 20 + 6, 126));
        CaseRank overridden = CaseRank.of(100, 2, CaseStatus.NEW, daysAgo(3, 0), HOUR, 7);
        assertThat(overridden.computed()).isEqualTo(126);
        assertThat(overridden.priority()).isEqualTo(7);
    }

    @Test
    void relatedTipsCountTenEachUpToThirty() {
        assertThat(CaseRank.of(0, 1, CaseStatus.IN_REVIEW, HOUR, HOUR, null).priority()).isEqualTo(10);
        assertThat(CaseRank.of(0, 3, CaseStatus.IN_REVIEW, HOUR, HOUR, null).priority()).isEqualTo(30);
        assertThat(CaseRank.of(0, 9, CaseStatus.IN_REVIEW, HOUR, HOUR, null).priority()).isEqualTo(30);
    }

    @Test
    void waitingCountsWholeDaysWhileNewOnlyUpToThirty() {
        assertThat(CaseRank.of(0, 0, CaseStatus.NEW, daysAgo(0, 23), HOUR, null).waitingPoints()).isZero();
        assertThat(CaseRank.of(0, 0, CaseStatus.NEW, daysAgo(1, 0), HOUR, null).waitingPoints()).isEqualTo(2);
        assertThat(CaseRank.of(0, 0, CaseStatus.NEW, daysAgo(1, 23), HOUR, null).waitingPoints()).isEqualTo(2);
        assertThat(CaseRank.of(0, 0, CaseStatus.NEW, daysAgo(14, 23), HOUR, null).waitingPoints()).isEqualTo(28);
        assertThat(CaseRank.of(0, 0, CaseStatus.NEW, daysAgo(15, 0), HOUR, null).waitingPoints()).isEqualTo(30);
        assertThat(CaseRank.of(0, 0, CaseStatus.NEW, daysAgo(400, 0), HOUR, null).waitingPoints()).isEqualTo(30);
        assertThat(CaseRank.of(0, 0, CaseStatus.IN_REVIEW, daysAgo(40, 0), HOUR, null).waitingPoints()).isZero();
        // a clock set back: a submission "in the future" has waited no time
        assertThat(CaseRank.of(0, 0, CaseStatus.NEW, HOUR.plus(Duration.ofDays(3)), HOUR, null).waitingPoints()).isZero();
    }

    @Test
    void theBandsCoverEveryHourOnceWithTheRulesPoints() {
        List<CaseRank.WaitingBand> bands = CaseRank.waitingBands(HOUR);
        for (long hours = -72; hours <= 24 * 20; hours++) {
            Instant submitted = HOUR.minus(Duration.ofHours(hours));
            List<CaseRank.WaitingBand> holding = bands.stream().filter(b -> b.contains(submitted)).toList();
            assertThat(holding).as("bands holding %s", submitted).hasSize(1);
            assertThat(holding.get(0).points())
                    .isEqualTo(CaseRank.of(0, 0, CaseStatus.NEW, submitted, HOUR, null).waitingPoints());
        }
    }

    @Test
    void aCaseSharingTwoIndicatorsWithAnotherCountsItOnce() {
        StoredCase a = opened("a", "h1", "h2");
        StoredCase b = opened("b", "h1", "h2");
        StoredCase c = opened("c", "h2");
        StoredCase d = opened("d", "h3");
        assertThat(CaseRanks.relatedCounts(List.of(a, b, c, d), List.of(a, b, c, d)))
                .containsEntry("a", 2).containsEntry("b", 2).containsEntry("c", 2).containsEntry("d", 0);
    }

    @Test
    void theStoredRankIsWhatAViewShowsAndSortsBy() {
        StoredCase c = opened("v", "h1").ranked(new CaseRank(1, 4, 14, 14));
        CaseView view = CaseView.ranked(c, 1, HOUR, new CaseSeal(mock(TipRecords.class)));
        assertThat(view.priority()).isEqualTo(14);
        assertThat(view.computedPriority()).isEqualTo(14);
        assertThat(view.priorityReasons()).extracting(Priority.Reason::code).containsExactly("MATCHES_OTHER_TIPS", "WAITING");
        assertThat(CaseView.place(view.sortKey())).contains(new CaseView.Place(14, c.submittedHour(), "v"));
        assertThat(CaseView.place("not-a-key")).isEmpty();
    }

    private static StoredCase opened(String id, String... hashes) {
        return StoredCase.opened(id, Category.JOB_OFFER, "TH", TipChannel.LINE, false, daysAgo(2, 0), daysAgo(2, 0),
                List.of(), List.of(hashes));
    }
}
