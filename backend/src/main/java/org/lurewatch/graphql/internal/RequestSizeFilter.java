package org.lurewatch.graphql.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lurewatch.graphql.QueryLimits;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request body over the limit before it is read, with a GraphQL-shaped error.
 * Bodies without a length (chunked) are refused too: no client of this API needs them. A body within
 * the limit must be a JSON object: Spring's handler would fail with a 500 on a bare {@code null}.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10)
class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeFilter(QueryLimits limits) {
        this.maxBytes = limits.maxRequestBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > maxBytes) {
            response.setStatus(length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED : 413);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"errors\":[{\"message\":\"The request body must state its length and be at most "
                    + maxBytes + " bytes.\",\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}");
            return;
        }
        BufferedBody body = new BufferedBody(request, request.getInputStream().readNBytes((int) length));
        if (body.firstSignificantByte() != '{') {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"errors\":[{\"message\":\"The request body must be one JSON object with a"
                    + " \\\"query\\\" member.\",\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}");
            return;
        }
        chain.doFilter(body, response);
    }
}
