package org.lurewatch.access.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lurewatch.abuse.KeyedClient;
import org.lurewatch.access.apikey.ApiKey;
import org.lurewatch.access.apikey.ApiKeyUsage;
import org.lurewatch.access.apikey.ApiKeys;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.http.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves {@code X-Api-Key}. A valid key puts a {@link KeyedClient} into the request attributes,
 * where abuse control finds it and spends the key's quota instead of the anonymous allowance, and
 * counts the request for the key's usage. It never touches the security context: a key identifies
 * an organisation for quotas and CORS, it grants no staff powers. An unknown or revoked key is
 * refused outright (401, {@code UNAUTHENTICATED}) rather than served as anonymous, so an NGO's
 * integration notices at once that its key has ended.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";

    private final ApiKeys keys;
    private final ApiKeyUsage usage;

    ApiKeyFilter(ApiKeys keys, ApiKeyUsage usage) {
        this.keys = keys;
        this.usage = usage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ApiKeyCors.isNgoEndpoint(request) && !response.getHeaders(HttpHeaders.VARY).contains(HttpHeaders.ORIGIN)) {
            // CORS headers depend on Origin: a shared cache must not hand one origin's answer to another
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
        String header = request.getHeader(HEADER);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKey> key = keys.resolve(header.strip());
        if (key.isEmpty()) {
            Problems.write(request, response, ErrorCode.UNAUTHENTICATED,
                    "This API key is unknown or revoked. Ask the LureWatch administrators for a new one, or send"
                            + " no X-Api-Key header to read with the anonymous allowance.");
            return;
        }
        request.setAttribute(KeyedClient.REQUEST_ATTRIBUTE, key.get().client());
        usage.count(key.get().id());
        chain.doFilter(request, response);
    }
}
