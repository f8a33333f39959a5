package org.lurewatch.graphql.internal;

import java.util.Map;

import org.lurewatch.http.RequestOrder;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A POST that carries {@code extensions.persistedQuery.sha256Hash} next to a public query
 * document teaches the server that hash, so later GETs by hash work (Apollo's protocol).
 */
@Component
@Order(RequestOrder.PERSISTED_QUERY_LEARNING)
class PersistedQueryLearning implements WebGraphQlInterceptor {

    private final PersistedQueryRegistry registry;
    private final PublicQueries publicQueries;

    PersistedQueryLearning(PersistedQueryRegistry registry, PublicQueries publicQueries) {
        this.registry = registry;
        this.publicQueries = publicQueries;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request.getExtensions().get("persistedQuery") instanceof Map<?, ?> persisted
                && persisted.get("sha256Hash") instanceof String hash
                && publicQueries.isPublic(request.getDocument(), request.getOperationName())) {
            registry.learn(hash, request.getDocument());
        }
        return chain.next(request);
    }
}
