package org.lurewatch.tips.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Tips that arrive while a write is under way go into the next write together; each learns its own outcome. */
@Timeout(30) // a writer left waiting forever fails here instead of hanging the build
class GroupCommitTest {

    private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstMayFinish = new CountDownLatch(1);

    /** A writer that records each batch and holds the first one until told. */
    private GroupCommit<Integer> groupCommit(int maxBatch, Function<List<Integer>, Map<Integer, RuntimeException>> outcome) {
        return new GroupCommit<>(items -> {
            batches.add(items);
            if (batches.size() == 1) {
                await(firstMayFinish);
            }
            return outcome.apply(items);
        }, maxBatch);
    }

    /** Item 0 is written alone; items 1..n arrive while it is being written. Returns each item's outcome. */
    private Map<Integer, Object> writeWhileTheFirstIsUnderWay(GroupCommit<Integer> commit, int n) throws Exception {
        Map<Integer, Object> outcomes = new ConcurrentHashMap<>();
        Thread first = writer(commit, 0, outcomes);
        while (batches.isEmpty()) {
            Thread.onSpinWait();
        }
        List<Thread> others = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            others.add(writer(commit, i, outcomes));
        }
        // every later writer is queued and waiting for the first write: only then may it finish
        while (!others.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
            Thread.sleep(1);
        }
        firstMayFinish.countDown();
        first.join();
        for (Thread t : others) {
            t.join();
        }
        return outcomes;
    }

    private static Thread writer(GroupCommit<Integer> commit, int item, Map<Integer, Object> outcomes) {
        Thread thread = new Thread(() -> {
            try {
                commit.write(item);
                outcomes.put(item, "written");
            } catch (RuntimeException e) {
                outcomes.put(item, e);
            }
        });
        thread.start();
        return thread;
    }

    @Test
    void tipsArrivingDuringAWriteAreWrittenTogetherInTheNext() throws Exception {
        Map<Integer, Object> outcomes = writeWhileTheFirstIsUnderWay(groupCommit(100, items -> Map.of()), 20);

        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly(0);
        assertThat(batches.get(1)).hasSize(20).doesNotHaveDuplicates();
        assertThat(outcomes).hasSize(21).allSatisfy((item, outcome) -> assertThat(outcome).isEqualTo("written"));
    }

    @Test
    void aBatchHoldsAtMostTheLimit() throws Exception {
        writeWhileTheFirstIsUnderWay(groupCommit(8, items -> Map.of()), 20);

        assertThat(batches.stream().map(List::size)).containsExactly(1, 8, 8, 4);
    }

    @Test
    void aFailedItemFailsOnlyItsOwnWriter() throws Exception {
        RuntimeException duplicate = new IllegalArgumentException("duplicate");
        Map<Integer, Object> outcomes = writeWhileTheFirstIsUnderWay(groupCommit(100, items -> {
            Map<Integer, RuntimeException> failures = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) % 5 == 0) {
                    failures.put(i, duplicate);
                }
            }
            return failures;
        }), 12);

        outcomes.forEach((item, outcome) -> assertThat(outcome).as("item %d", item)
                .isEqualTo(item % 5 == 0 ? duplicate : "written"));
    }

    @Test
    void aBatchThatFailsAsAWholeFailsEveryWriterInIt() throws Exception {
        RuntimeException unavailable = new IllegalStateException("database unavailable");
        Map<Integer, Object> outcomes = writeWhileTheFirstIsUnderWay(groupCommit(100, items -> {
            if (items.size() > 1) {
                throw unavailable;
            }
            return Map.of();
        }), 6);

        assertThat(outcomes.get(0)).isEqualTo("written");
        for (int i = 1; i <= 6; i++) {
            assertThat(outcomes.get(i)).isSameAs(unavailable);
        }
    }

    @Test
    void aLoneWriteIsWrittenAtOnceByItsOwnCaller() {
        List<Thread> writtenBy = new CopyOnWriteArrayList<>();
        GroupCommit<Integer> commit = new GroupCommit<>(items -> {
            batches.add(items);
            writtenBy.add(Thread.currentThread());
            return Map.of();
        }, 100);
        commit.write(1);
        assertThat(batches).containsExactly(List.of(1)); // written before write() returned: nothing waits for company
        commit.write(2);

        assertThat(batches).containsExactly(List.of(1), List.of(2));
        assertThat(writtenBy).containsOnly(Thread.currentThread());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
