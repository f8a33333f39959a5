package org.lurewatch.abuse;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The one rule for what a read costs: every request to the public API ({@code /graphql},
 * {@code /staff/graphql}, {@code /feeds/**}, and each operation on a GraphQL WebSocket) spends one
 * unit, exactly once. A request with a valid NGO API key ({@link KeyedClient}) spends the key's
 * quota; any other the client's generous {@link AbuseAction#PUBLIC_READ} allowance. Spent where
 * the read enters (backend/REQUEST-PATH.md): at the server's door when a stored answer serves it,
 * in the public-read filter for every other HTTP request, per operation on a WebSocket.
 */
@Component
public class ReadAllowance {

    private final RateLimits limits;

    public ReadAllowance(RateLimits limits) {
        this.limits = limits;
    }

    /**
     * Spends one read.
     *
     * @param keyed the request's API key, or null for an anonymous read
     * @return the key's quota headers (IETF RateLimit fields) for the answer; none for an anonymous read
     * @throws RateLimitedException when the allowance or quota is used up
     */
    public Map<String, String> spend(ClientKey client, KeyedClient keyed) {
        if (keyed != null) {
            return limits.consume(keyed).headers();
        }
        limits.consume(client, AbuseAction.PUBLIC_READ);
        return Map.of();
    }

    /** The quota headers of a refused keyed read (nothing spent), so the client sees what is left; none for anonymous. */
    public Map<String, String> refusedHeaders(KeyedClient keyed) {
        return keyed == null ? Map.of() : limits.remaining(keyed).headers();
    }
}
