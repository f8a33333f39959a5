package org.lurewatch.abuse.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lurewatch.abuse.AbuseAction;
import org.lurewatch.abuse.KeyedClient;
import org.lurewatch.abuse.RateLimitedException;
import org.lurewatch.abuse.RateLimits;
import org.lurewatch.common.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public read allowance for the plain HTTP endpoints that publish warnings ({@code /feeds/**});
 * GraphQL requests spend it in {@link ClientKeyInterceptor}. A refusal is HTTP 429 with
 * {@code Retry-After} and the REST error body ({@code code}, {@code message}, {@code retryAfterSeconds}).
 * A request with an NGO API key ({@link KeyedClient} in the request attributes) spends its key's
 * quota instead.
 */
@Component
class PublicReadFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ClientIdentity identity;
    private final RateLimits limits;

    PublicReadFilter(ClientIdentity identity, RateLimits limits) {
        this.identity = identity;
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/feeds/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        KeyedClient keyed = request.getAttribute(KeyedClient.REQUEST_ATTRIBUTE) instanceof KeyedClient k ? k : null;
        try {
            if (keyed != null) {
                limits.consume(keyed).headers().forEach(response::setHeader);
            } else {
                limits.consume(identity.of(request), AbuseAction.PUBLIC_READ);
            }
        } catch (RateLimitedException refused) {
            if (keyed != null) {
                limits.remaining(keyed).headers().forEach(response::setHeader);
            }
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(JSON.writeValueAsBytes(java.util.Map.of(
                    "code", ErrorCode.RATE_LIMITED.name(), "message", refused.getMessage(),
                    "retryAfterSeconds", refused.retryAfterSeconds())));
            return;
        }
        chain.doFilter(request, response);
    }
}
