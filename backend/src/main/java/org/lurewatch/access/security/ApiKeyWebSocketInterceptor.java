package org.lurewatch.access.security;

import java.util.Map;
import java.util.Optional;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;

import org.lurewatch.abuse.KeyedClient;
import org.lurewatch.access.apikey.ApiKey;
import org.lurewatch.access.apikey.ApiKeyUsage;
import org.lurewatch.access.apikey.ApiKeys;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;
import org.lurewatch.http.RequestOrder;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The WebSocket side of {@link ApiKeyFilter}: the handshake carried {@code X-Api-Key}, so each
 * operation on the connection (each subscription) is made with that key, checked as of now (a key
 * revoked or expired since the handshake is refused), counted in its usage and, through the
 * {@link KeyedClient} it leaves for abuse control (ordered before it), spent from its quota.
 */
@Component
@Order(RequestOrder.SOCKET_API_KEY)
class ApiKeyWebSocketInterceptor implements WebGraphQlInterceptor {

    private final ApiKeys keys;
    private final ApiKeyUsage usage;

    ApiKeyWebSocketInterceptor(ApiKeys keys, ApiKeyUsage usage) {
        this.keys = keys;
        this.usage = usage;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest socket)) {
            return chain.next(request);
        }
        String header = socket.getSessionInfo().getHeaders().getFirst(ApiKeyFilter.HEADER);
        // the session's own attributes: the request's are a read-only view
        Map<String, Object> session = socket.getSessionInfo().getAttributes();
        session.remove(KeyedClient.REQUEST_ATTRIBUTE);
        if (header == null) {
            return chain.next(request);
        }
        Optional<ApiKey> key = keys.resolve(header.strip());
        if (key.isEmpty()) {
            KeyEndedException ended = new KeyEndedException();
            ExecutionResult result = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                    .message(ended.getMessage()).errorType(ErrorType.UNAUTHORIZED)
                    .extensions(Map.of("code", ended.code().name())).build()).build();
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
        }
        session.put(KeyedClient.REQUEST_ATTRIBUTE, key.get().client());
        usage.count(key.get().id());
        return chain.next(request);
    }

    static final class KeyEndedException extends PortalException {

        KeyEndedException() {
            super("The API key of this connection is unknown, revoked or expired. Connect again with a valid key,"
                    + " or without one to read with the anonymous allowance.");
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.UNAUTHENTICATED;
        }
    }
}
