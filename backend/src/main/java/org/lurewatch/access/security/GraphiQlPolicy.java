package org.lurewatch.access.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The Content-Security-Policy of GraphiQL's page (served from the jar by graphql.internal.LocalGraphiQl,
 * when switched on). {@code sandbox allow-scripts}, without {@code allow-same-origin}, runs the page in an
 * opaque origin of its own: whatever its scripts do, the browser sends none of the portal's cookies with
 * their requests (the staff session is SameSite=Strict and scoped to /staff) and lets them read no
 * answer from /staff, nor the portal's storage or other windows. Everything it loads comes from this
 * server; its requests to the public API are cross-origin ({@code Origin: null}) and get CORS without
 * credentials ({@link ApiKeyCors}). Styles may be inline: the editor sets them at run time.
 */
final class GraphiQlPolicy {

    static final String POLICY = "sandbox allow-scripts allow-popups; default-src 'none'; script-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final String path;

    GraphiQlPolicy(String path) {
        this.path = path;
    }

    boolean appliesTo(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals(path);
    }

    String policy() {
        return POLICY;
    }
}
