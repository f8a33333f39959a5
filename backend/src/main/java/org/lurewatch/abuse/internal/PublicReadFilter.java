package org.lurewatch.abuse.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lurewatch.abuse.KeyedClient;
import org.lurewatch.abuse.RateLimitedException;
import org.lurewatch.abuse.ReadAllowance;
import org.lurewatch.http.Problems;
import org.lurewatch.http.RequestOrder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spends the {@link ReadAllowance} of every HTTP read of the public API: GraphQL over HTTP (POST,
 * GET by persisted-query hash, server-sent events), the staff console's GraphQL, the feeds and a
 * shared warning's preview image (drawn on the server: dearer than a read). A
 * refusal is HTTP 429 with {@code Retry-After}, as a problem detail whose {@code errors} member
 * GraphQL clients read like any GraphQL error. Runs after Spring Security, which put the request's
 * {@link KeyedClient} (a valid {@code X-Api-Key}) into its attributes.
 */
@Component
@Order(RequestOrder.PUBLIC_READ_ALLOWANCE)
class PublicReadFilter extends OncePerRequestFilter {

    private final ClientIdentity identity;
    private final ReadAllowance allowance;

    PublicReadFilter(ClientIdentity identity, ReadAllowance allowance) {
        this.identity = identity;
        this.allowance = allowance;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"POST".equals(method) && !"HEAD".equals(method)) {
            return true; // a CORS preflight reads nothing
        }
        if ("websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE))) {
            return true; // a WebSocket handshake reads nothing; each operation on it spends its own read
        }
        String path = request.getRequestURI();
        return !(path.equals("/graphql") || path.equals("/staff/graphql") || path.startsWith("/feeds/")
                || path.startsWith("/warning-card/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        KeyedClient keyed = request.getAttribute(KeyedClient.REQUEST_ATTRIBUTE) instanceof KeyedClient k ? k : null;
        try {
            allowance.spend(identity.of(request), keyed).forEach(response::setHeader);
        } catch (RateLimitedException refused) {
            allowance.refusedHeaders(keyed).forEach(response::setHeader);
            Problems.write(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }
}
