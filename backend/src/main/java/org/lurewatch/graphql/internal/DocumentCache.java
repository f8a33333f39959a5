package org.lurewatch.graphql.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each distinct document once. Only valid documents are kept, and the cache
 * is bounded, so a flood of distinct documents cannot grow memory. A document that is not a public
 * query is kept only when it cannot carry anything a person wrote: no string literal and no
 * comment. Otherwise it might hold, written inline, an offer someone pasted or a tip's text; the
 * site and API clients pass those as variables, which are never part of the key.
 */
@Component
class DocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    private final ObjectProvider<PublicQueries> publicQueries;
    private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterAccess(Duration.ofHours(1)).build();

    DocumentCache(ObjectProvider<PublicQueries> publicQueries) {
        this.publicQueries = publicQueries;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry cached = documents.getIfPresent(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        String query = input.getQuery();
        if (!entry.hasErrors()
                && (carriesNoText(query) || publicQueries.getObject().isPublic(query, input.getOperationName()))) {
            documents.put(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    static boolean carriesNoText(String query) {
        return query.indexOf('"') < 0 && query.indexOf('#') < 0;
    }

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }
}
