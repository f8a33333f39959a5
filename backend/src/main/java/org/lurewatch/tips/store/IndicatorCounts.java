package org.lurewatch.tips.store;

import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many tips name an indicator, answered from memory: the embedded server ignores non-unique
 * indexes, so asking the database meant a full scan of the tips per indicator per offer check.
 *
 * <p>Built from the stored link hashes at start-up, updated at once by this instance's own
 * submissions and purges, and rebuilt from the database every
 * {@code lurewatch.tips.indicator-counts.refresh} (default 60 s) so that several backend instances
 * converge. Staleness bound: a tip stored or purged by <em>another</em> instance shows here after
 * at most one refresh interval plus the time of one scan of the link hashes (while the database
 * answers: a failed refresh keeps the last counts and is retried at the next interval); this
 * instance's own changes show immediately. Memory: one entry per tip that names a linkable
 * indicator (its id and hashes), plus one counter per distinct hash.
 */
@Component
public class IndicatorCounts {

    private static final Logger log = LoggerFactory.getLogger(IndicatorCounts.class);

    private final TipStore store;
    private final IndicatorTally tally = new IndicatorTally();
    private final Object rebuilding = new Object();

    public IndicatorCounts(TipStore store) {
        this.store = store;
        refresh();
    }

    /** Tips naming this link hash, from memory (see the class comment for how stale it can be). */
    public int count(String linkHash) {
        return tally.count(linkHash);
    }

    public void added(String tipId, Collection<String> linkHashes) {
        tally.added(tipId, linkHashes);
    }

    public void removed(String tipId) {
        tally.removed(tipId);
    }

    /** Rebuilds the counts from the database, keeping this instance's changes made meanwhile. */
    @Scheduled(initialDelayString = "${lurewatch.tips.indicator-counts.refresh:60s}",
            fixedDelayString = "${lurewatch.tips.indicator-counts.refresh:60s}")
    public void refresh() {
        synchronized (rebuilding) {
            tally.beginRebuild();
            try {
                tally.finishRebuild(store.linkHashesByTip());
            } catch (RuntimeException e) {
                tally.abandonRebuild();
                // the counts stay as they were (and this instance's own changes keep applying)
                log.warn("Could not refresh the indicator counts of tips ({}); trying again later", e.getClass().getName());
            }
        }
    }
}
