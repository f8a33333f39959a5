package org.lurewatch.abuse.internal;

import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.lurewatch.abuse.ClientKey;
import org.lurewatch.abuse.KeyedClient;
import org.lurewatch.abuse.RateLimitedException;
import org.lurewatch.abuse.ReadAllowance;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.http.RequestOrder;
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
 * For every GraphQL operation: works out the client address (socket peer; {@code X-Forwarded-For}
 * only from trusted proxies) and puts its {@link ClientKey} into the GraphQL context; the address
 * itself goes no further than this method. Spends the {@link ReadAllowance} of each operation on a
 * WebSocket (an HTTP request spent its own in {@link PublicReadFilter}, before GraphQL), and adds a
 * {@code Retry-After} header to any answer that carries a {@code RATE_LIMITED} error.
 */
@Component
@Order(RequestOrder.CLIENT_KEY)
class ClientKeyInterceptor implements WebGraphQlInterceptor {

    private final ClientIdentity identity;
    private final ReadAllowance allowance;

    ClientKeyInterceptor(ClientIdentity identity, ReadAllowance allowance) {
        this.identity = identity;
        this.allowance = allowance;
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
        if (request instanceof WebSocketGraphQlRequest) {
            try {
                allowance.spend(key, keyed);
            } catch (RateLimitedException refused) {
                return Mono.just(refusal(request, refused));
            }
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
            context.of(ClientKey.CONTEXT_KEY, key);
            if (keyed != null) {
                context.of(KeyedClient.REQUEST_ATTRIBUTE, keyed);
            }
        }).build());
        return chain.next(request).map(ClientKeyInterceptor::withRetryAfter);
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
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
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
