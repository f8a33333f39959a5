package org.lurewatch.access.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The one place that decides the security headers of every response (ASVS V14.4).
 *
 * <p>Spring Security's defaults stay on: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options:
 * DENY}, HSTS (its writer only writes over TLS) and {@code Cache-Control: no-store} on any response that set
 * no caching of its own. That last rule is what keeps tip, receipt and staff answers out of every cache
 * while the feeds, static files and the persisted-query GET keep the public max-age they set themselves.
 */
final class SecurityHeaders {

    /** No inline script, nothing from another origin; the site is built for this (web-static has no inline code). */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    static final String PERMISSIONS = "accelerometer=(), ambient-light-sensor=(), autoplay=(), battery=(), camera=(), "
            + "display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
            + "payment=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), interest-cohort=()";

    private SecurityHeaders() {
    }

    static void configure(HttpSecurity http, GraphiQlPolicy graphiQl) throws Exception {
        http.headers(h -> h
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS))
                .addHeaderWriter(new ContentSecurityPolicy(graphiQl)));
    }

    /** The site's policy everywhere, except on the GraphiQL page, which gets its own narrow one. */
    private record ContentSecurityPolicy(GraphiQlPolicy graphiQl) implements HeaderWriter {

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            if (!response.containsHeader("Content-Security-Policy")) {
                response.setHeader("Content-Security-Policy", graphiQl.appliesTo(request) ? graphiQl.policy() : POLICY);
            }
        }
    }
}
