package org.lurewatch.graphql.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lurewatch.abuse.AbuseAction;
import org.lurewatch.abuse.ClientKeys;
import org.lurewatch.abuse.RateLimitedException;
import org.lurewatch.abuse.RateLimits;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a repeated anonymous public query (POST, or GET by persisted-query hash) with the bytes
 * stored the first time, skipping parsing, execution and serialisation: when a news story sends a
 * crowd to the home page, each request costs little more than a static file. What still happens for
 * every request: the security headers (this filter runs inside Spring Security's chain), the size
 * limit, and the client's public-read allowance. Everything else, including every request that
 * carries credentials, takes the normal path, which marks an answer as shareable
 * ({@link #markShareable}) only when it is public and error-free.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5)
class PublicAnswerFilter extends OncePerRequestFilter {

    /** Request attribute: where the normal path notes the public-data version of a shareable answer. */
    private static final String SHAREABLE = PublicAnswerFilter.class.getName() + ".version";
    private static final int MAX_ANSWER_BYTES = 512 * 1024;

    private final PublicAnswers answers;
    private final ClientKeys clientKeys;
    private final RateLimits limits;

    PublicAnswerFilter(PublicAnswers answers, ClientKeys clientKeys, RateLimits limits) {
        this.answers = answers;
        this.clientKeys = clientKeys;
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        boolean candidate = "POST".equals(method)
                || "GET".equals(method) && request.getQueryString() != null && request.getParameter("extensions") != null;
        return !candidate || !"/graphql".equals(request.getRequestURI()) || !anonymous(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PublicAnswers.Key key = keyOf(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long version = answers.version();
        PublicAnswers.Answer answer = answers.find(key);
        if (answer != null && allowed(request)) {
            write(answer, request, response);
            return;
        }
        TeeResponse tee = new TeeResponse(response, MAX_ANSWER_BYTES);
        AtomicLong shareableAt = new AtomicLong(-1);
        request.setAttribute(SHAREABLE, shareableAt);
        chain.doFilter(request, tee);
        if (shareableAt.get() == version
                && !request.isAsyncStarted() && tee.getStatus() == HttpServletResponse.SC_OK) {
            byte[] body = tee.copy();
            if (body != null && body.length > 0) {
                // a GET answer's caching headers are its own; a POST answer's are the security defaults
                boolean get = "GET".equals(key.method());
                answers.keep(key, new PublicAnswers.Answer(version, tee.getContentType(),
                        get ? tee.getHeader(HttpHeaders.ETAG) : null,
                        get ? tee.getHeader(HttpHeaders.CACHE_CONTROL) : null, body));
            }
        }
    }

    /**
     * Called by the normal path for an answer anyone may be given: public, anonymous, error-free,
     * computed at {@code version}. (GraphQL request attributes are read-only, hence the holder.)
     */
    static void markShareable(Map<String, Object> requestAttributes, long version) {
        if (requestAttributes.get(SHAREABLE) instanceof AtomicLong holder) {
            holder.set(version);
        }
    }

    /** Spends the same public-read allowance the normal path would; a refusal is left to that path. */
    private boolean allowed(HttpServletRequest request) {
        try {
            limits.consume(clientKeys.of(request), AbuseAction.PUBLIC_READ);
            return true;
        } catch (RateLimitedException refused) {
            return false;
        }
    }

    private static void write(PublicAnswers.Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.cacheControl() != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, answer.cacheControl());
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (answer.etag() != null && ifNoneMatch != null && ifNoneMatch.contains(answer.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static PublicAnswers.Key keyOf(HttpServletRequest request) {
        String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
        if ("GET".equals(request.getMethod())) {
            return new PublicAnswers.Key("GET", accept,
                    ByteBuffer.wrap(request.getQueryString().getBytes(StandardCharsets.UTF_8)));
        }
        BufferedBody body = bufferedBody(request);
        return body == null ? null : new PublicAnswers.Key("POST", accept, ByteBuffer.wrap(body.bytes()));
    }

    private static BufferedBody bufferedBody(ServletRequest request) {
        while (true) {
            if (request instanceof BufferedBody body) {
                return body;
            }
            if (!(request instanceof ServletRequestWrapper wrapper)) {
                return null;
            }
            request = wrapper.getRequest();
        }
    }

    /** Credentials mean the answer may be personal: never share it (same rule as the interceptor). */
    private static boolean anonymous(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getHeader(HttpHeaders.COOKIE) == null
                && request.getHeader("X-Api-Key") == null;
    }
}
