package org.lurewatch.triage.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.lurewatch.tips.TipSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the case of an arriving tip moments after it is stored, off the tipster's path, on one
 * thread that takes every tip that arrived meanwhile as one batch. Opened with the tip, each case
 * cost a read, a rule check and a write on the database every tipster waits for: a spam wave then
 * slowed real tips by a quarter (issue 9). A tip whose case is lost (a crash, a full queue, a
 * failure) gets it from {@link CaseCreation#reconcile()}.
 */
@Component
class CaseArrivals implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CaseArrivals.class);
    /** Beyond this many waiting tips (a flood the database cannot keep up with), reconciliation takes over. */
    static final int MAX_WAITING = 10_000;

    private final CaseCreation creation;
    private final BlockingQueue<String> arrived = new LinkedBlockingQueue<>(MAX_WAITING);
    private volatile Thread opener;

    CaseArrivals(CaseCreation creation) {
        this.creation = creation;
    }

    @EventListener
    public void on(TipSubmitted event) {
        if (!arrived.offer(event.tipId())) {
            LOG.warn("Too many tips waiting for a triage case; reconciliation will open this one");
        }
    }

    @Override
    public void start() {
        // its own thread, not Boot's task executor: it waits on the queue for the life of the
        // application (a pool thread taken for good), and stop() must join exactly this thread
        // to drain the tips still waiting before the database closes
        Thread thread = new Thread(this::openWhileRunning, "triage-case-opener");
        thread.setDaemon(true);
        opener = thread;
        thread.start();
    }

    /** Stops taking tips, then opens the cases of those still waiting before the database goes away. */
    @Override
    public void stop() {
        Thread thread = opener;
        opener = null;
        if (thread != null) {
            // not interrupted: a batch cut off inside the database driver would be lost until reconciliation
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        openWaiting();
    }

    /** Started before the web server and stopped after it: tips that arrive while it drains get their case. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return opener != null;
    }

    private void openWhileRunning() {
        while (opener == Thread.currentThread()) {
            try {
                String first = arrived.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<String> batch = new ArrayList<>();
                batch.add(first);
                arrived.drainTo(batch, CaseCreation.BATCH - 1);
                open(batch);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void openWaiting() {
        List<String> batch = new ArrayList<>();
        arrived.drainTo(batch);
        if (!batch.isEmpty()) {
            open(batch);
        }
    }

    private void open(List<String> tipIds) {
        try {
            creation.openAll(tipIds);
        } catch (RuntimeException e) {
            // say what failed, never which tips: reconciliation finds them by what is missing
            LOG.warn("Could not open {} triage case(s) on arrival; reconciliation will ({})", tipIds.size(),
                    e.getClass().getSimpleName());
        }
    }
}
