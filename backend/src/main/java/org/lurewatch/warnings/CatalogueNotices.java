package org.lurewatch.warnings;

import org.lurewatch.cluster.ClusterNotices;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Carries warning changes between instances: a change made here is announced at once (the warning
 * is already saved; this catalogue and the others take it in side by side), and a change announced
 * by another instance makes this catalogue read that warning at once instead of at its next poll. Live
 * subscribers ({@code warningChanged}) and stored public answers follow the catalogue, so they follow
 * too. Redis pub/sub (ClusterNotices) rather than MongoDB change streams: it works on the embedded
 * server as on a replica set, carries the revocations of access as well, and costs the database
 * nothing; the poll ({@code lurewatch.catalogue.poll-interval}) stays as the net for a lost notice.
 */
@Component
class CatalogueNotices {

    static final String TOPIC = "warnings";

    private final ClusterNotices notices;

    CatalogueNotices(ClusterNotices notices, WarningCatalogue catalogue) {
        this.notices = notices;
        notices.subscribe(TOPIC, catalogue::changedElsewhere);
    }

    /** Before the catalogue's own listener (order 0): the others need only the saved warning. */
    @EventListener
    @Order(-10)
    void changed(WarningChanged change) {
        notices.publish(TOPIC, change.warningId() == null ? "*" : change.warningId());
    }
}
