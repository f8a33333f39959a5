package org.lurewatch.graphql.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lurewatch.abuse.AbuseAction;
import org.lurewatch.abuse.ClientKeys;
import org.lurewatch.abuse.RateLimitedException;
import org.lurewatch.abuse.RateLimits;
import org.lurewatch.graphql.QueryLimits;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a repeated anonymous public query (POST, or GET by persisted-query hash) with what the
 * normal path wrote the first time, headers and bytes, skipping security filters, parsing,
 * execution and serialisation: when a news story sends a crowd to the home page, each request
 * costs little more than a static file. Only a request identical in everything that can change the
 * answer ({@link PublicAnswers.Key}) gets a stored one, and only while public data is unchanged;
 * each still spends the client's public-read allowance. Anything else, including every request
 * with credentials, takes the normal path, which marks an answer as shareable
 * ({@link #markShareable}) only when it is public and error-free.
 */
@Component
@Order(PublicAnswerFilter.ORDER)
class PublicAnswerFilter extends OncePerRequestFilter {

    /**
     * First of all filters (with the character-encoding filter, which does not touch what this one
     * reads). Ahead of Spring Security's chain, whose headers are among those recorded, and of the
     * request-metrics observation: at tens of thousands of stored answers a second, timing each with
     * tags cost a seventh of the CPU. {@link #served} counts them instead.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;
    /** Request attribute: where the normal path notes the public-data version of a shareable answer. */
    private static final String SHAREABLE = PublicAnswerFilter.class.getName() + ".version";
    private static final int MAX_ANSWER_BYTES = 512 * 1024;
    /** Headers that belong to one exchange, not to the answer. */
    private static final Set<String> PER_EXCHANGE = Set.of("date", "content-length", "transfer-encoding",
            "connection", "keep-alive", "content-type", "set-cookie");

    private final PublicAnswers answers;
    private final ClientKeys clientKeys;
    private final RateLimits limits;
    private final long maxRequestBytes;
    private final Counter served;

    PublicAnswerFilter(PublicAnswers answers, ClientKeys clientKeys, RateLimits limits, QueryLimits queryLimits,
            MeterRegistry meters) {
        this.served = Counter.builder("lurewatch.public.answers.stored")
                .description("Public queries answered with a stored answer (not in http.server.requests)")
                .register(meters);
        this.answers = answers;
        this.clientKeys = clientKeys;
        this.limits = limits;
        this.maxRequestBytes = queryLimits.maxRequestBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        boolean candidate = "POST".equals(method)
                ? request.getContentLengthLong() >= 0 && request.getContentLengthLong() <= maxRequestBytes
                : "GET".equals(method) && request.getQueryString() != null && request.getQueryString().contains("extensions=");
        return !candidate || !"/graphql".equals(request.getRequestURI()) || !anonymous(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest exchange = request;
        ByteBuffer asked;
        if ("POST".equals(request.getMethod())) {
            BufferedBody body = new BufferedBody(request, request.getInputStream().readNBytes((int) request.getContentLengthLong()));
            exchange = body;
            asked = ByteBuffer.wrap(body.bytes());
        } else {
            asked = ByteBuffer.wrap(request.getQueryString().getBytes(StandardCharsets.UTF_8));
        }
        PublicAnswers.Key key = new PublicAnswers.Key(request.getMethod(), String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
                String.valueOf(request.getHeader(HttpHeaders.ORIGIN)), asked);
        long version = answers.version();
        PublicAnswers.Answer answer = answers.find(key);
        if (answer != null && allowed(request)) {
            write(answer, request, response);
            served.increment();
            return;
        }
        TeeResponse tee = new TeeResponse(response, MAX_ANSWER_BYTES);
        AtomicLong shareableAt = new AtomicLong(-1);
        exchange.setAttribute(SHAREABLE, shareableAt);
        chain.doFilter(exchange, tee);
        if (shareableAt.get() == version && !exchange.isAsyncStarted() && tee.getStatus() == HttpServletResponse.SC_OK
                && tee.getHeader("Set-Cookie") == null) {
            byte[] body = tee.copy();
            if (body != null && body.length > 0) {
                answers.keep(key, new PublicAnswers.Answer(version, tee.getContentType(), headersOf(tee), body));
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

    private static List<Map.Entry<String, String>> headersOf(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!PER_EXCHANGE.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return List.copyOf(headers);
    }

    private static void write(PublicAnswers.Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        answer.headers().forEach(h -> response.addHeader(h.getKey(), h.getValue()));
        String etag = answer.header(HttpHeaders.ETAG);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (etag != null && ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** Credentials mean the answer may be personal: never share it (same rule as the interceptor). */
    private static boolean anonymous(HttpServletRequest request) {
        return PublicResponseCacheInterceptor.CREDENTIALS.stream().allMatch(name -> request.getHeader(name) == null);
    }
}
