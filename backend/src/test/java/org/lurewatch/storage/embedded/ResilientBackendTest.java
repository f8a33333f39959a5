package org.lurewatch.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * A store that cannot be reopened for a reason other than a full disk (a damaged file) is BROKEN:
 * liveness goes DOWN so that an orchestrator restarts the portal, whose start then names the damage.
 * A full disk that lasts is given up on too, after a while.
 */
class ResilientBackendTest {

    /** The backend's clock: moved past the retry time, not waited for (5 s per test). */
    private final AtomicLong nanoTime = new AtomicLong(System.nanoTime());

    private ResilientBackend failed(StoreStatus status, RuntimeException reopenFailure, Duration giveUp) {
        DurableH2Backend first = new DurableH2Backend(new MVStore.Builder().open());
        ResilientBackend backend = new ResilientBackend(first, () -> {
            throw reopenFailure;
        }, status, giveUp, nanoTime::get);
        first.getMvStore().closeImmediately(); // as after H2's own panic
        try {
            backend.resolveDatabase("lurewatch");
        } catch (RuntimeException expected) {
            // the refusal: the store failed
        }
        return backend;
    }

    @Test
    void aFileThatCannotBeReopenedMakesLivenessDown() throws Exception {
        StoreStatus status = new StoreStatus();
        ResilientBackend backend = failed(status, DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT,
                "File corrupt"), Duration.ofMinutes(10));
        assertThat(status.snapshot().state()).isEqualTo(StoreStatus.State.UNAVAILABLE);
        nanoTime.addAndGet(ResilientBackend.RETRY_EVERY.toNanos() + 1);
        backend.recoverIfDue();
        assertThat(status.snapshot().state()).isEqualTo(StoreStatus.State.BROKEN);
        assertThat(status.snapshot().reason()).contains("File corrupt");
    }

    @Test
    void aDiskThatStaysFullIsGivenUpOnAfterAWhile() throws Exception {
        StoreStatus status = new StoreStatus();
        ResilientBackend backend = failed(status, new IllegalStateException("x",
                new java.io.IOException("No space left on device")), Duration.ZERO);
        nanoTime.addAndGet(ResilientBackend.RETRY_EVERY.toNanos() + 1);
        backend.recoverIfDue();
        assertThat(status.snapshot().state()).isEqualTo(StoreStatus.State.BROKEN);
    }
}
