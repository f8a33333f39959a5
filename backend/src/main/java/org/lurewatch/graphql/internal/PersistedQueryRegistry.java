package org.lurewatch.graphql.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.hash.Hashing;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Public query documents known by their SHA-256, so they can be fetched by GET (cacheable by
 * browsers and CDNs). The site's own queries ship in {@code classpath:persisted-queries/}; other
 * public queries are learnt the Apollo way (a POST carrying the document and its hash), bounded.
 */
@Component
class PersistedQueryRegistry {

    private final Cache<String, String> documents = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterAccess(Duration.ofDays(1)).build();
    private final java.util.Map<String, String> shipped = new java.util.HashMap<>();

    PersistedQueryRegistry() {
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:persisted-queries/*.graphql")) {
                String text = r.getContentAsString(StandardCharsets.UTF_8);
                shipped.put(hash(text), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the persisted queries", e);
        }
        LoggerFactory.getLogger(PersistedQueryRegistry.class).debug("{} persisted queries shipped", shipped.size());
    }

    String find(String sha256) {
        String known = shipped.get(sha256);
        return known != null ? known : documents.getIfPresent(sha256);
    }

    /** Learns a document under its hash, if the hash really is the document's. */
    void learn(String sha256, String document) {
        if (!shipped.containsKey(sha256) && hash(document).equals(sha256)) {
            documents.put(sha256, document);
        }
    }

    static String hash(String document) {
        return HexFormat.of().formatHex(Hashing.sha256().hashString(document, StandardCharsets.UTF_8).asBytes());
    }
}
