package org.lurewatch.access.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lurewatch.access.token.ApiTokens;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.http.Problems;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer lwst_…} for this request only: nothing is saved in a
 * session, and a token carries no ambient authority, so such requests need no CSRF token. An
 * unknown, expired or revoked token is refused outright rather than treated as anonymous, so a
 * script learns at once that its token has ended.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String RESOLVED = BearerTokenFilter.class.getName() + ".RESOLVED";

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        StaffAuthentication auth = request.getAttribute(RESOLVED) instanceof StaffAuthentication cached ? cached
                : tokens.resolve(header.substring(7).strip())
                        .map(r -> new StaffAuthentication(r.user(), StaffAuthentication.Via.TOKEN, r.apiToken().id())).orElse(null);
        if (auth == null) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.write(request, response, ErrorCode.UNAUTHENTICATED,
                    "This API token is unknown, expired or revoked. Get a new one with POST /staff/token.");
            return;
        }
        request.setAttribute(RESOLVED, auth);
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false; // GraphQL answers in an async dispatch: it must see the same caller
    }
}
