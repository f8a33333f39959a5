package org.lurewatch.tips.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many tips name each indicator link hash, in memory: the rules, without Spring or a database.
 * A tip counts once per hash however often it names it; tips without link hashes are not held.
 *
 * <p>Counts are read without locking (one map lookup). Changes made on this instance apply at once.
 * A rebuild from the database ({@link #beginRebuild()}, then {@link #finishRebuild(Map)}) replaces
 * everything, replaying on top of the stored state the changes this instance made while the
 * database was being read: each change is keyed by tip id, so replaying one the scan already saw
 * changes nothing, and a tip stored or purged meanwhile is neither lost nor counted twice.
 */
public final class IndicatorTally {

    private Map<String, Set<String>> hashesByTip = new HashMap<>();
    private volatile Map<String, Integer> tipsByHash = new ConcurrentHashMap<>();
    /** Changes since the running rebuild began (a null set: the tip was removed); null when none runs. */
    private List<Map.Entry<String, Set<String>>> journal;

    /** Tips naming this link hash; 0 for an unknown or null hash. */
    public int count(String linkHash) {
        return linkHash == null ? 0 : tipsByHash.getOrDefault(linkHash, 0);
    }

    /** Number of tips held (those with at least one link hash). */
    public synchronized int tips() {
        return hashesByTip.size();
    }

    /** A tip stored with these link hashes (nulls, for indicators that could not be linked, are skipped). */
    public synchronized void added(String tipId, Collection<String> linkHashes) {
        Set<String> hashes = distinct(linkHashes);
        record(tipId, hashes);
        put(hashesByTip, tipsByHash, tipId, hashes);
    }

    /** A tip deleted (purged); unknown ids change nothing. */
    public synchronized void removed(String tipId) {
        record(tipId, null);
        remove(hashesByTip, tipsByHash, tipId);
    }

    /** From now on, changes are also journaled, to be replayed on the rebuilt state. */
    public synchronized void beginRebuild() {
        journal = new ArrayList<>();
    }

    /**
     * Replaces everything with what the database held (tip id → its link hashes, read after
     * {@link #beginRebuild()}), then replays this instance's changes made since.
     */
    public synchronized void finishRebuild(Map<String, ? extends Collection<String>> stored) {
        Map<String, Set<String>> tips = new HashMap<>();
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        stored.forEach((tipId, hashes) -> put(tips, counts, tipId, distinct(hashes)));
        for (Map.Entry<String, Set<String>> change : journal == null ? List.<Map.Entry<String, Set<String>>>of() : journal) {
            if (change.getValue() == null) {
                remove(tips, counts, change.getKey());
            } else {
                put(tips, counts, change.getKey(), change.getValue());
            }
        }
        journal = null;
        hashesByTip = tips;
        tipsByHash = counts;
    }

    /** A rebuild that failed: keep the current state, stop journaling. */
    public synchronized void abandonRebuild() {
        journal = null;
    }

    private void record(String tipId, Set<String> hashes) {
        if (journal != null) {
            journal.add(new java.util.AbstractMap.SimpleImmutableEntry<>(tipId, hashes));
        }
    }

    private static Set<String> distinct(Collection<String> hashes) {
        Set<String> set = new LinkedHashSet<>();
        for (String h : hashes) {
            if (h != null) {
                set.add(h);
            }
        }
        return set;
    }

    private static void put(Map<String, Set<String>> tips, Map<String, Integer> counts, String tipId, Set<String> hashes) {
        remove(tips, counts, tipId); // idempotent: a tip seen twice (scan and journal) counts once
        if (hashes.isEmpty()) {
            return;
        }
        tips.put(tipId, hashes);
        hashes.forEach(h -> counts.merge(h, 1, Integer::sum));
    }

    private static void remove(Map<String, Set<String>> tips, Map<String, Integer> counts, String tipId) {
        Set<String> old = tips.remove(tipId);
        if (old != null) {
            old.forEach(h -> counts.computeIfPresent(h, (k, n) -> n == 1 ? null : n - 1));
        }
    }
}
