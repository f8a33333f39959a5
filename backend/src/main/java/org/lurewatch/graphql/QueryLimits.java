package org.lurewatch.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on one GraphQL request, checked before anything executes (except the time limit).
 *
 * @param maxCharacters      of the document text
 * @param maxTokens          parser tokens of the document
 * @param maxDepth           nesting of ordinary fields
 * @param maxIntrospectionDepth nesting below {@code __schema}/{@code __type}: GraphiQL's and code
 *                           generators' introspection query nests about 13 levels through {@code ofType}
 * @param maxFields          fields after fragments are expanded (stops fragment bombs)
 * @param maxAliases         aliased fields (graphql-java has no alias limit of its own)
 * @param maxComplexity      each field costs 1 times the {@code first} of every connection above it
 * @param timeout            wall-clock budget of one execution
 * @param maxRequestBytes    of the HTTP request body
 */
@ConfigurationProperties("lurewatch.graphql.limits")
public record QueryLimits(Integer maxCharacters, Integer maxTokens, Integer maxDepth, Integer maxIntrospectionDepth,
        Integer maxFields, Integer maxAliases, Integer maxComplexity, Duration timeout, Integer maxRequestBytes) {

    public QueryLimits {
        maxCharacters = maxCharacters == null ? 20_000 : maxCharacters;
        maxTokens = maxTokens == null ? 3_000 : maxTokens;
        maxDepth = maxDepth == null ? 10 : maxDepth;
        maxIntrospectionDepth = maxIntrospectionDepth == null ? 20 : maxIntrospectionDepth;
        maxFields = maxFields == null ? 500 : maxFields;
        maxAliases = maxAliases == null ? 30 : maxAliases;
        maxComplexity = maxComplexity == null ? 5_000 : maxComplexity;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxRequestBytes = maxRequestBytes == null ? 64 * 1024 : maxRequestBytes;
    }
}
