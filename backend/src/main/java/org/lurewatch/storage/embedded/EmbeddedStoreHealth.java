package org.lurewatch.storage.embedded;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * DOWN while the data file cannot be written (Boot's MongoDB check stays UP then: {@code hello}
 * needs no data). Details (shown only where health details are enabled) say why, and whether an
 * open found acknowledged writes missing.
 */
class EmbeddedStoreHealth implements HealthIndicator {

    private final StoreStatus status;

    EmbeddedStoreHealth(StoreStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        StoreStatus.Snapshot s = status.snapshot();
        Health.Builder health = s.state() == StoreStatus.State.AVAILABLE ? Health.up() : Health.down();
        health.withDetail("state", s.state().name()).withDetail("since", s.since().toString());
        if (s.reason() != null) {
            health.withDetail("reason", s.reason());
        }
        if (s.loss() != null) {
            health.withDetail("lostWrites", s.loss());
        }
        return health.build();
    }
}
