package org.lurewatch.abuse.internal;

import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.lurewatch.abuse.AbuseAction;
import org.lurewatch.abuse.ClientKey;
import org.lurewatch.abuse.KeyQuota;
import org.lurewatch.abuse.KeyedClient;
import org.lurewatch.abuse.RateLimitedException;
import org.lurewatch.abuse.RateLimits;
import org.lurewatch.common.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * For every GraphQL request: works out the client address (socket peer; {@code X-Forwarded-For}
 * only from trusted proxies), turns it into a {@link ClientKey} for the GraphQL context, spends one
 * unit of the generous {@link AbuseAction#PUBLIC_READ} allowance, and adds a {@code Retry-After}
 * header to any answer that carries a {@code RATE_LIMITED} error. The address itself goes no
 * further than this method. A request with a valid NGO API key ({@link KeyedClient} in the request
 * attributes) spends its key's quota instead of the per-address read allowance.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ClientKeyInterceptor implements WebGraphQlInterceptor {

    private final ClientIdentity identity;
    private final RateLimits limits;

    ClientKeyInterceptor(ClientIdentity identity, RateLimits limits) {
        this.identity = identity;
        this.limits = limits;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        InetSocketAddress remote = request.getRemoteAddress();
        ClientKey key = identity.of(remote == null ? null : remote.getAddress(),
                request.getHeaders().getValuesAsList("X-Forwarded-For"));
        KeyedClient keyed = request.getAttributes().get(KeyedClient.REQUEST_ATTRIBUTE) instanceof KeyedClient k ? k
                : request instanceof WebSocketGraphQlRequest socket
                        && socket.getSessionInfo().getAttributes().get(KeyedClient.REQUEST_ATTRIBUTE) instanceof KeyedClient k
                        ? k : null;
        KeyQuota quota = null;
        try {
            if (keyed != null) {
                quota = limits.consume(keyed);
            } else {
                limits.consume(key, AbuseAction.PUBLIC_READ);
            }
        } catch (RateLimitedException refused) {
            // the whole request is refused: HTTP 429 (RefusedRequestStatus), as for the feeds
            if (request.getAttributes().get(RefusedRequestStatus.ATTRIBUTE) instanceof AtomicBoolean status) {
                status.set(true);
            }
            WebGraphQlResponse response = refusal(request, refused);
            if (keyed != null) {
                limits.remaining(keyed).headers().forEach(response.getResponseHeaders()::set);
            }
            return Mono.just(response);
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
            context.of(ClientKey.CONTEXT_KEY, key);
            if (keyed != null) {
                context.of(KeyedClient.REQUEST_ATTRIBUTE, keyed);
            }
        }).build());
        KeyQuota left = quota;
        return chain.next(request).map(response -> {
            if (left != null) {
                left.headers().forEach(response.getResponseHeaders()::set);
            }
            return withRetryAfter(response);
        });
    }

    private static WebGraphQlResponse refusal(WebGraphQlRequest request, RateLimitedException refused) {
        Map<String, Object> extensions = new LinkedHashMap<>(refused.extensions());
        extensions.put("code", ErrorCode.RATE_LIMITED.name());
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError()
                        .message(refused.getMessage())
                        .errorType(ErrorType.BAD_REQUEST)
                        .extensions(extensions)
                        .build())
                .build();
        WebGraphQlResponse response = new WebGraphQlResponse(
                new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
        response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
        return response;
    }

    private static WebGraphQlResponse withRetryAfter(WebGraphQlResponse response) {
        long wait = 0;
        for (ResponseError error : response.getErrors()) {
            if (ErrorCode.RATE_LIMITED.name().equals(error.getExtensions().get("code"))
                    && error.getExtensions().get("retryAfterSeconds") instanceof Number seconds) {
                wait = Math.max(wait, seconds.longValue());
            }
        }
        if (wait > 0) {
            response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
        }
        return response;
    }
}
