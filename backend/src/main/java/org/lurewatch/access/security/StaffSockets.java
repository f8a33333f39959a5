package org.lurewatch.access.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.lurewatch.access.StaffAdminAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * The open GraphQL WebSockets of staff members, closed as soon as what they proved at the handshake
 * no longer holds or their powers changed: at once after a change made on this instance (every such
 * change publishes {@link StaffAdminAction}), and within {@code lurewatch.access.sockets.check-interval}
 * (2 s) after a change made on another instance or an expiry. The client reconnects and is then
 * authorised, or refused, afresh. Anonymous sockets (NGO subscriptions) are not tracked.
 */
@Component
class StaffSockets {

    /** graphql-transport-ws reserves 4401 for "Unauthorized". */
    static final CloseStatus REVOKED = new CloseStatus(4401, "Credentials revoked or changed: connect again");

    private static final Logger log = LoggerFactory.getLogger(StaffSockets.class);

    private record Open(WebSocketSession session, StaffAuthentication granted) {
    }

    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final LiveCredentials credentials;
    /** Boot's application task executor: closes and checks run off the thread that asked for them. */
    private final Executor checker;

    StaffSockets(LiveCredentials credentials,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor checker) {
        this.credentials = credentials;
        this.checker = checker;
    }

    void opened(WebSocketSession session, StaffAuthentication granted) {
        open.put(session.getId(), new Open(session, granted));
    }

    void closed(WebSocketSession session) {
        open.remove(session.getId());
    }

    int count() {
        return open.size();
    }

    /** Closes this socket off the calling thread (which may be sending on it). */
    void closeSoon(String sessionId) {
        checker.execute(() -> {
            Open socket = open.remove(sessionId);
            if (socket != null) {
                close(socket);
            }
        });
    }

    @EventListener
    void accessChanged(StaffAdminAction action) {
        checker.execute(this::checkAll);
    }

    @Scheduled(fixedDelayString = "${lurewatch.access.sockets.check-interval:2s}")
    void checkAll() {
        for (Open socket : open.values()) {
            boolean keep;
            try {
                keep = socket.session().isOpen() && credentials.unchanged(socket.granted());
            } catch (RuntimeException unreachable) {
                // the database is down: whether the credentials still hold cannot be known, so they do not
                keep = false;
            }
            if (!keep && open.remove(socket.session().getId(), socket)) {
                close(socket);
            }
        }
    }

    private static void close(Open socket) {
        try {
            socket.session().close(REVOKED);
            log.info("Closed a staff WebSocket: its credentials were revoked or its powers changed");
        } catch (IOException | RuntimeException e) {
            log.debug("Closing a staff WebSocket failed; the container ends it", e);
        }
    }
}
