package org.lurewatch.tips.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The in-memory count of tips per indicator link hash. */
class IndicatorTallyTest {

    final IndicatorTally tally = new IndicatorTally();

    @Test
    void countsTipsNotMentionsAndSkipsUnlinkedIndicators() {
        tally.added("t1", Arrays.asList("phone", "phone", null, "domain"));
        tally.added("t2", List.of("phone"));
        tally.added("t3", Arrays.asList((String) null));
        assertThat(tally.count("phone")).isEqualTo(2);
        assertThat(tally.count("domain")).isEqualTo(1);
        assertThat(tally.count("unknown")).isZero();
        assertThat(tally.count(null)).isZero();
        assertThat(tally.tips()).as("a tip without link hashes is not held").isEqualTo(2);
    }

    @Test
    void aRemovedTipNoLongerCountsAndRemovingTwiceOrUnknownChangesNothing() {
        tally.added("t1", List.of("phone"));
        tally.added("t2", List.of("phone", "domain"));
        tally.removed("t2");
        tally.removed("t2");
        tally.removed("never-stored");
        assertThat(tally.count("phone")).isEqualTo(1);
        assertThat(tally.count("domain")).isZero();
    }

    @Test
    void addingTheSameTipAgainDoesNotCountItTwice() {
        tally.added("t1", List.of("phone"));
        tally.added("t1", List.of("phone"));
        assertThat(tally.count("phone")).isEqualTo(1);
    }

    @Test
    void aRebuildReplacesTheStateWithTheDatabases() {
        tally.added("mine", List.of("phone"));
        tally.beginRebuild();
        tally.finishRebuild(Map.of("other-1", List.of("phone"), "other-2", List.of("phone", "handle")));
        assertThat(tally.count("phone")).as("'mine' was purged elsewhere before the scan").isEqualTo(2);
        assertThat(tally.count("handle")).isEqualTo(1);
    }

    @Test
    void changesMadeDuringARebuildAreNeitherLostNorCountedTwice() {
        tally.added("old", List.of("phone"));
        tally.beginRebuild();
        tally.added("seen-by-scan", List.of("phone"));   // stored before the scan read it
        tally.added("missed-by-scan", List.of("phone")); // stored after the scan passed
        tally.removed("old");                            // purged after the scan read it
        tally.finishRebuild(Map.of("old", List.of("phone"), "seen-by-scan", List.of("phone")));
        assertThat(tally.count("phone")).isEqualTo(2);
        assertThat(tally.tips()).isEqualTo(2);
    }

    @Test
    void anAbandonedRebuildKeepsTheCountsAndStopsJournaling() {
        tally.added("t1", List.of("phone"));
        tally.beginRebuild();
        tally.added("t2", List.of("phone"));
        tally.abandonRebuild();
        assertThat(tally.count("phone")).isEqualTo(2);
        tally.finishRebuild(Map.of()); // a later rebuild starting without beginRebuild replays nothing stale
        assertThat(tally.count("phone")).isZero();
    }
}
