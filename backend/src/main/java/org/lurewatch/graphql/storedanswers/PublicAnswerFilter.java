package org.lurewatch.graphql.storedanswers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lurewatch.graphql.internal.BufferedBody;
import org.lurewatch.http.RequestOrder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stores the answer the normal path gives to a request {@link StoredAnswerValve} could not answer
 * from the store, so the next identical request is answered at the server's door. The normal path
 * marks an answer as shareable ({@link #markShareable}) only when it is public and error-free.
 */
@Component
@Order(RequestOrder.STORED_ANSWER_RECORDING)
class PublicAnswerFilter extends OncePerRequestFilter {

    /** Request attribute: where the normal path notes the public-data version of a shareable answer. */
    private static final String SHAREABLE = PublicAnswerFilter.class.getName() + ".version";
    private static final int MAX_ANSWER_BYTES = 512 * 1024;
    /** Headers that belong to one exchange, not to the answer. */
    private static final Set<String> PER_EXCHANGE = Set.of("date", "content-length", "transfer-encoding",
            "connection", "keep-alive", "content-type", "set-cookie");

    private final PublicAnswers answers;

    PublicAnswerFilter(PublicAnswers answers) {
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(request.getAttribute(StoredAnswerValve.ASKED) instanceof PublicAnswers.Key);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PublicAnswers.Key key = (PublicAnswers.Key) request.getAttribute(StoredAnswerValve.ASKED);
        // the valve read a POST body to look it up: replay it
        HttpServletRequest exchange = "POST".equals(key.method()) ? new BufferedBody(request, key.request()) : request;
        long version = answers.version();
        TeeResponse tee = new TeeResponse(response, MAX_ANSWER_BYTES);
        AtomicLong shareableAt = new AtomicLong(-1);
        exchange.setAttribute(SHAREABLE, shareableAt);
        chain.doFilter(exchange, tee);
        if (shareableAt.get() == version && !exchange.isAsyncStarted() && tee.getStatus() == HttpServletResponse.SC_OK
                && tee.getHeader("Set-Cookie") == null && tee.getContentType() != null) {
            byte[] body = tee.copy();
            if (body != null && body.length > 0) {
                answers.keep(key, new PublicAnswers.Answer(version,
                        PublicAnswers.Header.wire(tee.getContentType()), headersOf(tee), tee.getHeader(HttpHeaders.ETAG), body));
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

    private static List<PublicAnswers.Header> headersOf(HttpServletResponse response) {
        List<PublicAnswers.Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!PER_EXCHANGE.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(PublicAnswers.Header.of(name, value)));
            }
        }
        return List.copyOf(headers);
    }
}
