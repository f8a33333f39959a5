package org.lurewatch.abuse;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@link ClientKey} of a plain HTTP request (e.g. staff sign-in throttling), derived exactly as
 * for GraphQL: socket peer, {@code X-Forwarded-For} only from trusted proxies, salted hash.
 * GraphQL controllers get theirs from the context ({@link ClientKey#CONTEXT_KEY}) instead.
 */
public interface ClientKeys {

    ClientKey of(HttpServletRequest request);
}
