package org.lurewatch.access.security;

import org.lurewatch.access.StaffAdminAction;
import org.lurewatch.access.apikey.ApiKeys;
import org.lurewatch.cluster.ClusterNotices;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes a change to who may do what, made on one instance, hold on every instance within moments:
 * each {@link StaffAdminAction} is announced (its kind only, e.g. {@code API_KEY_REVOKED}: no
 * subject, no secret), and an announcement from another instance reloads this instance's active
 * API keys and checks its open staff WebSockets again. Sessions and staff tokens need nothing: they
 * are checked against the database on every request. Without Redis, or for a lost notice, the
 * polls stay the net (API keys every {@code lurewatch.access.api-keys.refresh-interval}, sockets
 * every {@code lurewatch.access.sockets.check-interval}).
 */
@Component
class ClusterRevocations {

    static final String TOPIC = "access";

    private final ClusterNotices notices;

    ClusterRevocations(ClusterNotices notices, ApiKeys keys, StaffSockets sockets) {
        this.notices = notices;
        notices.subscribe(TOPIC, action -> {
            keys.refresh();
            sockets.checkAll();
        });
    }

    @EventListener
    void changed(StaffAdminAction action) {
        notices.publish(TOPIC, action.action());
    }
}
