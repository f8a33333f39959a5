package org.lurewatch.abuse.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A GraphQL request refused whole by a rate limit answers HTTP 429, as the feeds do, instead of
 * the 400 (or 200) Spring for GraphQL gives a response without data. {@link ClientKeyInterceptor}
 * marks the request (through a flag left here: GraphQL sees the request attributes read-only);
 * this wrapper turns the status the GraphQL handler then sets into 429. Its {@code Retry-After}
 * header is set by the interceptor.
 */
@Component
class RefusedRequestStatus extends OncePerRequestFilter {

    static final String ATTRIBUTE = "lurewatch.abuse.refused";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/graphql".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AtomicBoolean refused = new AtomicBoolean();
        request.setAttribute(ATTRIBUTE, refused);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(refused.get() && status < 500 ? 429 : status);
            }
        });
    }
}
