package org.lurewatch.access.security;

import java.time.Duration;
import java.util.Optional;

import org.reactivestreams.Publisher;
import org.springframework.beans.factory.annotation.Value;
import org.lurewatch.http.RequestOrder;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Every operation on a long-lived connection is authorised as of now, not as of when it opened.
 *
 * <p>Spring for GraphQL hands each WebSocket message the security context captured at the handshake:
 * a token revoked, a role taken away, a password reset or an account disabled afterwards changed
 * nothing for that socket (issue 22). Here each operation on a socket checks the credentials again
 * and runs with the member's roles of this moment; when they no longer hold, it runs with no
 * authentication at all (staff fields answer {@code UNAUTHENTICATED}) and {@link StaffSockets}
 * closes the socket. A staff member's subscription (over a socket or server-sent events) also ends
 * once their credentials or powers change, checked every {@code lurewatch.access.sockets.check-interval}.
 */
@Component
class SocketAuthorisation implements WebGraphQlInterceptor, Ordered {

    /** The key under which Spring for GraphQL propagates the security context (its ThreadLocalAccessor's). */
    private static final String SECURITY_CONTEXT_KEY = SecurityContext.class.getName();

    private final LiveCredentials credentials;
    private final StaffSockets sockets;
    private final Duration checkInterval;

    SocketAuthorisation(LiveCredentials credentials, StaffSockets sockets,
            @Value("${lurewatch.access.sockets.check-interval:2s}") Duration checkInterval) {
        this.credentials = credentials;
        this.sockets = sockets;
        this.checkInterval = checkInterval;
    }

    @Override
    public int getOrder() {
        return RequestOrder.SOCKET_AUTHORISATION;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!(current instanceof StaffAuthentication granted)) {
            return chain.next(request);
        }
        if (!(request instanceof WebSocketGraphQlRequest socket)) {
            // an HTTP request was authenticated a moment ago by the filter chain; only its subscription outlives it
            return chain.next(request).map(response -> watched(response, granted));
        }
        Optional<StaffAuthentication> now = credentials.recheck(granted);
        SecurityContext context = now.<SecurityContext>map(SecurityContextImpl::new)
                .orElseGet(SecurityContextHolder::createEmptyContext);
        if (now.isEmpty() || !now.get().getAuthorities().equals(granted.getAuthorities())) {
            sockets.closeSoon(socket.getSessionInfo().getId());
        }
        SecurityContextHolder.setContext(context);
        return chain.next(request)
                .map(response -> now.isPresent() ? watched(response, granted) : response)
                .contextWrite(c -> c.put(SECURITY_CONTEXT_KEY, context));
    }

    /** A subscription ends at the first check that finds the member's credentials or powers changed. */
    private WebGraphQlResponse watched(WebGraphQlResponse response, StaffAuthentication granted) {
        if (!(response.getData() instanceof Publisher<?> events)) {
            return response;
        }
        // the check reads the database: off Reactor's timer threads
        Flux<Long> changed = Flux.interval(checkInterval).onBackpressureDrop().publishOn(Schedulers.boundedElastic())
                .filter(tick -> !credentials.unchanged(granted));
        return response.transform(b -> b.data(Flux.from(events).takeUntilOther(changed)));
    }
}
