package org.lurewatch.access.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.lurewatch.access.apikey.ApiKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS only for the browser origins that administrators allowed on an active NGO key, and only on
 * the NGO endpoints ({@code /graphql}, {@code /feeds/**}). Any other origin gets no CORS headers at
 * all, so browsers keep it out; the public site and the console are same-origin and need none.
 * Never credentials: keys travel in {@code X-Api-Key}, cookies are the console's alone.
 * (Spring GraphQL's own {@code spring.graphql.http.cors.*} stays unset: one place decides.)
 */
@Component
class ApiKeyCors implements CorsConfigurationSource {

    /** The origin a sandboxed page (GraphiQL, see {@link GraphiQlPolicy}) sends. */
    static final String OPAQUE_ORIGIN = "null";

    private final ApiKeys keys;
    private final boolean graphiQl;
    private final String graphQlPath;

    ApiKeyCors(ApiKeys keys, @Value("${spring.graphql.graphiql.enabled:false}") boolean graphiQl,
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.keys = keys;
        this.graphiQl = graphiQl;
        this.graphQlPath = graphQlPath;
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        if (!isNgoEndpoint(request)) {
            return null;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (graphiQl && OPAQUE_ORIGIN.equals(origin) && path(request).equals(graphQlPath)) {
            return forSandboxedGraphiQl();
        }
        if (!keys.allowsOrigin(origin)) {
            return null;
        }
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(List.of(origin.strip()));
        config.setAllowedMethods(List.of("GET", "HEAD", "POST"));
        config.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT, ApiKeyFilter.HEADER,
                HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MODIFIED_SINCE));
        config.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED));
        config.setAllowCredentials(false);
        config.setMaxAge(600L);
        return config;
    }

    /**
     * GraphiQL's sandboxed page may call the public API: never with credentials (a sandboxed page has
     * no cookies of the portal to send anyway), and a staff member who wants staff fields there pastes
     * a bearer token into its headers on purpose. Any other sandboxed page on the web gets the same:
     * what an anonymous script could fetch without a browser. Only while GraphiQL is switched on.
     */
    private static CorsConfiguration forSandboxedGraphiQl() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(List.of(OPAQUE_ORIGIN));
        config.setAllowedMethods(List.of("POST"));
        config.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION));
        config.setAllowCredentials(false);
        config.setMaxAge(600L);
        return config;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isNgoEndpoint(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/graphql") || path.startsWith("/feeds/");
    }
}
