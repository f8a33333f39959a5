package org.lurewatch.storage.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What the embedded store can do right now, for health checks and the availability probes:
 * AVAILABLE; UNAVAILABLE while its file cannot be written (a full disk) and it tries to reopen it;
 * BROKEN when it cannot recover by itself (a restart is the next step).
 */
public final class StoreStatus {

    public enum State { AVAILABLE, UNAVAILABLE, BROKEN }

    /** What the status was at one moment. */
    public record Snapshot(State state, String reason, Instant since, String loss) {
    }

    private volatile Snapshot current = new Snapshot(State.AVAILABLE, null, Instant.now(), null);
    private volatile Consumer<State> listener = state -> { };

    public Snapshot snapshot() {
        return current;
    }

    void onChange(Consumer<State> listener) {
        this.listener = listener;
    }

    void available() {
        change(State.AVAILABLE, null);
    }

    void unavailable(String reason) {
        change(State.UNAVAILABLE, reason);
    }

    void broken(String reason) {
        change(State.BROKEN, reason);
    }

    /** A loss of acknowledged writes found at an open; kept for the health details until the process ends. */
    void lossFound(String loss) {
        Snapshot s = current;
        current = new Snapshot(s.state(), s.reason(), s.since(), loss);
    }

    Duration unavailableFor() {
        Snapshot s = current;
        return s.state() == State.AVAILABLE ? Duration.ZERO : Duration.between(s.since(), Instant.now());
    }

    private void change(State state, String reason) {
        Snapshot before = current;
        if (before.state() == state && java.util.Objects.equals(before.reason(), reason)) {
            return;
        }
        Instant since = before.state() == state || (before.state() != State.AVAILABLE && state != State.AVAILABLE)
                ? before.since() : Instant.now();
        current = new Snapshot(state, reason, since, before.loss());
        if (before.state() != state) {
            listener.accept(state);
        }
    }
}
