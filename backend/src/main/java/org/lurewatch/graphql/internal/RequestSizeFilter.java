package org.lurewatch.graphql.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lurewatch.graphql.QueryLimits;
import org.springframework.http.ProblemDetail;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.http.Problems;
import org.lurewatch.http.RequestOrder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request body over the limit before it is read (a problem detail, status 413 or 411).
 * Bodies without a length (chunked) are refused too: no client of this API needs them. A body within
 * the limit must be a JSON object: Spring's handler would fail with a 500 on a bare {@code null}.
 */
@Component
@Order(RequestOrder.GRAPHQL_BODY_SIZE)
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
            ProblemDetail problem = Problems.of(ErrorCode.BAD_USER_INPUT,
                    "The request body must state its length and be at most " + maxBytes + " bytes.");
            problem.setStatus(length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED : 413);
            Problems.write(request, response, problem);
            return;
        }
        BufferedBody body = new BufferedBody(request, request.getInputStream().readNBytes((int) length));
        if (body.firstSignificantByte() != '{') {
            Problems.write(request, response, ErrorCode.BAD_USER_INPUT,
                    "The request body must be one JSON object with a \"query\" member.");
            return;
        }
        chain.doFilter(body, response);
    }
}
