package org.lurewatch.tips.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Writes items that arrive at the same time together, in one durable write: group commit. The
 * embedded database syncs its file once per write command, on its only worker thread, so under a
 * wave of tips each tip waited for the syncs of all the tips before it. Now the first caller writes
 * at once; whoever arrives while that write is under way waits, and the next write takes them all.
 * Nothing waits for company: a lone tip is written as soon as it comes, and every caller returns
 * only when its own item is durable (or has failed).
 *
 * @param <T> what is written
 */
final class GroupCommit<T> {

    /** Writes a batch in one command; how a single item can fail without failing the rest. */
    @FunctionalInterface
    interface BatchWriter<T> {
        /**
         * @return the failures of single items, by their position in {@code items} (empty when
         *         every item was written); throws when the batch as a whole failed
         */
        Map<Integer, RuntimeException> write(List<T> items);
    }

    private final BatchWriter<T> writer;
    private final int maxBatch;
    private final Queue<Pending<T>> queue = new ArrayDeque<>();
    private boolean writing;

    GroupCommit(BatchWriter<T> writer, int maxBatch) {
        this.writer = writer;
        this.maxBatch = maxBatch;
    }

    /** Returns once {@code item} is written; throws what failed it. */
    void write(T item) {
        Pending<T> mine = new Pending<>(item);
        boolean interrupted = false;
        synchronized (this) {
            queue.add(mine);
        }
        try {
            while (true) {
                List<Pending<T>> batch = new ArrayList<>();
                synchronized (this) {
                    while (!mine.done && writing) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            // the item is queued and will be written: wait for its outcome all the same
                            interrupted = true;
                        }
                    }
                    if (mine.done) {
                        break;
                    }
                    // not done and nobody writing: it is still queued, so this batch or a later one of
                    // this caller's takes it
                    writing = true;
                    while (batch.size() < maxBatch && !queue.isEmpty()) {
                        batch.add(queue.poll());
                    }
                }
                writeBatch(batch);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    private void writeBatch(List<Pending<T>> batch) {
        Map<Integer, RuntimeException> failures = Map.of();
        // stays so if the writer throws an Error: nobody can tell then whether the items were written
        RuntimeException all = new IllegalStateException("A batch of writes failed");
        try {
            failures = writer.write(batch.stream().map(p -> p.item).toList());
            all = null;
        } catch (RuntimeException e) {
            all = e;
        } finally {
            synchronized (this) {
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).finish(all != null ? all : failures.get(i));
                }
                writing = false;
                notifyAll();
            }
        }
    }

    /** An item and, once its batch is written, its failure (null if written). Guarded by the GroupCommit. */
    private static final class Pending<T> {
        final T item;
        RuntimeException failure;
        boolean done;

        Pending(T item) {
            this.item = item;
        }

        void finish(RuntimeException failure) {
            this.failure = failure;
            this.done = true;
        }
    }
}
