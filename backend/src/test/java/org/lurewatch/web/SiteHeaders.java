package org.lurewatch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * In production nginx serves web-static/ with the headers in deploy/nginx.conf. Tests serve the
 * site from the backend, so they add exactly those headers (read from that file, not copied) to
 * every response: the browser then enforces the real Content Security Policy.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SiteHeaders {

    private static final Pattern ADD_HEADER = Pattern.compile("^\\s*add_header\\s+(\\S+)\\s+\"([^\"]*)\"\\s+always;", Pattern.MULTILINE);

    /** The headers nginx adds, by name, as written in deploy/nginx.conf. */
    public static Map<String, String> fromNginxConf() {
        Path conf = List.of(Path.of("../deploy/nginx.conf"), Path.of("deploy/nginx.conf")).stream()
                .filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("deploy/nginx.conf not found from " + Path.of("").toAbsolutePath()));
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            Matcher m = ADD_HEADER.matcher(Files.readString(conf));
            while (m.find()) {
                headers.put(m.group(1), m.group(2));
            }
            if (!headers.containsKey("Content-Security-Policy")) {
                throw new IllegalStateException(conf + " declares no Content-Security-Policy");
            }
            return headers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    FilterRegistrationBean<Filter> productionSiteHeaders() {
        Map<String, String> headers = fromNginxConf();
        Filter filter = (request, response, chain) -> {
            var http = (jakarta.servlet.http.HttpServletResponse) response;
            headers.forEach(http::setHeader);
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
