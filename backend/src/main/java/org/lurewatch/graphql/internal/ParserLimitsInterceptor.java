package org.lurewatch.graphql.internal;

import graphql.parser.ParserOptions;
import org.lurewatch.graphql.QueryLimits;
import org.lurewatch.http.RequestOrder;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Bounds the document before it is even parsed: characters and tokens. Set per request (not
 * through graphql-java's JVM-wide defaults, which would also bind the schema parser).
 */
@Component
@Order(RequestOrder.PARSER_LIMITS)
class ParserLimitsInterceptor implements WebGraphQlInterceptor {

    private final ParserOptions options;

    ParserLimitsInterceptor(QueryLimits limits) {
        this.options = ParserOptions.getDefaultOperationParserOptions().transform(b -> b
                .maxCharacters(limits.maxCharacters())
                .maxTokens(limits.maxTokens())
                .maxWhitespaceTokens(Math.max(limits.maxTokens() * 10, 10_000))
                .maxRuleDepth(200)
                .captureSourceLocation(true));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(context -> context.put(ParserOptions.class, options)).build());
        return chain.next(request);
    }
}
