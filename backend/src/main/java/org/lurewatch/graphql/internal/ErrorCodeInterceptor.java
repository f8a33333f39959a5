package org.lurewatch.graphql.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.http.RequestOrder;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives every error an {@code extensions.code}, including the ones graphql-java raises itself
 * before any of our code runs (syntax errors, unknown fields, an enum value that does not exist).
 */
@Component
@Order(RequestOrder.ERROR_CODES)
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            if (response.getErrors().isEmpty()
                    || response.getErrors().stream().allMatch(e -> e.getExtensions().containsKey("code"))) {
                return response;
            }
            return response.transform(builder -> builder.errors(response.getErrors().stream()
                    .map(ErrorCodeInterceptor::withCode).toList()));
        });
    }

    private static GraphQLError withCode(org.springframework.graphql.ResponseError error) {
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        extensions.putIfAbsent("code", codeFor(error.getErrorType()).name());
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .errorType(error.getErrorType())
                .extensions(extensions);
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }

    private static ErrorCode codeFor(ErrorClassification type) {
        if (type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax) {
            return ErrorCode.BAD_USER_INPUT;
        }
        if (type instanceof org.springframework.graphql.execution.ErrorType t) {
            return switch (t) {
                case BAD_REQUEST -> ErrorCode.BAD_USER_INPUT;
                case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
                case FORBIDDEN -> ErrorCode.FORBIDDEN;
                case NOT_FOUND -> ErrorCode.NOT_FOUND;
                case INTERNAL_ERROR -> ErrorCode.INTERNAL_ERROR;
            };
        }
        return type == ErrorType.DataFetchingException ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_USER_INPUT;
    }
}
