package org.lurewatch.graphql.storedanswers;

import java.util.Map;
import java.util.TreeMap;

import graphql.ExecutionResult;
import org.lurewatch.graphql.PublicResponses;
import org.lurewatch.graphql.internal.PublicQueries;
import org.lurewatch.http.RequestOrder;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves anonymous public queries from {@link PublicResponses}. Runs late in the chain, so rate
 * limits and other checks before it still apply to every request. Only error-free answers are kept.
 */
@Component
@Order(RequestOrder.PUBLIC_ANSWER_CACHE)
class PublicResponseCacheInterceptor implements WebGraphQlInterceptor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublicResponses responses;
    private final PublicQueries publicQueries;

    PublicResponseCacheInterceptor(PublicResponses responses, PublicQueries publicQueries) {
        this.responses = responses;
        this.publicQueries = publicQueries;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!isAnonymous(request.getHeaders()) || !publicQueries.isPublic(request.getDocument(), request.getOperationName())) {
            return chain.next(request);
        }
        long version = responses.version();
        String key = key(request, version);
        ExecutionResult cached = responses.get(key);
        if (cached != null) {
            PublicAnswerFilter.markShareable(request.getAttributes(), version);
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), cached)));
        }
        return chain.next(request).doOnNext(response -> {
            if (response.isValid() && response.getErrors().isEmpty()) {
                responses.put(key, response.getExecutionResult());
                PublicAnswerFilter.markShareable(request.getAttributes(), version);
            }
        });
    }

    private static String key(WebGraphQlRequest request, long version) {
        Map<String, Object> variables = new TreeMap<>(request.getVariables());
        return version + "\u0000" + request.getOperationName() + "\u0000" + request.getDocument()
                + "\u0000" + JSON.writeValueAsString(variables);
    }

    /** Headers that carry credentials: an answer to a request with any of them may be personal. */
    static final java.util.List<String> CREDENTIALS = java.util.List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE,
            "X-Api-Key");

    /** Credentials mean the answer may be personal: never share it. */
    static boolean isAnonymous(HttpHeaders headers) {
        return CREDENTIALS.stream().noneMatch(headers::containsHeader);
    }
}
