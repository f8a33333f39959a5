package org.lurewatch.http;

import org.springframework.core.Ordered;

/**
 * Where each of the portal's servlet filters and GraphQL interceptors stands in the request path,
 * in one place, so the order is read here rather than pieced together from numbers across modules.
 * Lower runs first. The picture and the reasons: backend/REQUEST-PATH.md.
 *
 * <p>Boot's own filters stand between ours: the character-encoding filter at
 * {@link Ordered#HIGHEST_PRECEDENCE}, the request-observation filter just after it, Spring
 * Security's chain at {@code -100} (which holds the portal's error-path, bearer-token and API-key
 * filters, in that order).
 */
public final class RequestOrder {

    // ---- servlet filters ----

    /**
     * Records the answer of a request the stored-answer valve could not answer, so the next one
     * can be. First, so the security headers written later are among those recorded.
     */
    public static final int STORED_ANSWER_RECORDING = Ordered.HIGHEST_PRECEDENCE;

    /** Spring Security's filter chain (Boot's default order, named here for the picture). */
    public static final int SECURITY = -100;

    /** Refuses a GraphQL body over the size limit, or without a length, before it is read. */
    public static final int GRAPHQL_BODY_SIZE = 100;

    /**
     * Spends the public-read allowance (or the NGO key's quota) of every HTTP read: after security,
     * which resolves the API key; after the size check, so a refused body costs nothing.
     */
    public static final int PUBLIC_READ_ALLOWANCE = 200;

    // ---- GraphQL interceptors (WebGraphQlInterceptor), for HTTP and WebSocket alike ----

    /** Bounds the document's characters and tokens before it is parsed. */
    public static final int PARSER_LIMITS = Ordered.HIGHEST_PRECEDENCE;

    /** Re-checks a staff member's credentials for each operation on a long-lived connection. */
    public static final int SOCKET_AUTHORISATION = Ordered.HIGHEST_PRECEDENCE + 10;

    /** Resolves the API key a WebSocket handshake carried, for each operation on the socket. */
    public static final int SOCKET_API_KEY = Ordered.HIGHEST_PRECEDENCE + 50;

    /**
     * Puts the client's key into the GraphQL context, spends the allowance of each operation on a
     * WebSocket (HTTP requests spent theirs in the filter), and adds {@code Retry-After} to answers
     * that carry a {@code RATE_LIMITED} error. After the socket's API key, whose quota it spends.
     */
    public static final int CLIENT_KEY = Ordered.HIGHEST_PRECEDENCE + 100;

    /** Learns the hash of a persisted query; before the shared cache, which may answer without going on. */
    public static final int PERSISTED_QUERY_LEARNING = Ordered.LOWEST_PRECEDENCE - 200;

    /** Answers anonymous public queries from the shared answer cache: late, so every check before it applies. */
    public static final int PUBLIC_ANSWER_CACHE = Ordered.LOWEST_PRECEDENCE - 100;

    /**
     * Gives every error of execution an {@code extensions.code}, including graphql-java's own
     * (syntax, validation): innermost, right around execution.
     */
    public static final int ERROR_CODES = Ordered.LOWEST_PRECEDENCE;

    private RequestOrder() {
    }
}
