package org.lurewatch.access.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.lurewatch.access.apikey.ApiKeys;
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

    private final ApiKeys keys;

    ApiKeyCors(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        if (!isNgoEndpoint(request)) {
            return null;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
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

    static boolean isNgoEndpoint(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/graphql") || path.startsWith("/feeds/");
    }
}
