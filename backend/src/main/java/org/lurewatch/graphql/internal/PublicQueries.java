package org.lurewatch.graphql.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import org.lurewatch.graphql.QueryLimits;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Decides whether a document is a public query: a query operation whose root fields all carry
 * {@code @publicCache} (or are {@code __typename}), with no directive but {@code @include} and
 * {@code @skip}. Such answers may be shared and fetched by GET.
 */
@Component
public class PublicQueries {

    /** Directives that only leave a field out: the site's home page asks for counts only once. */
    private static final Set<String> CONDITIONS = Set.of("include", "skip");

    private final GraphQlSource source;
    private final ParserOptions parserOptions;
    private final Cache<String, Boolean> verdicts = Caffeine.newBuilder()
            .maximumSize(2_000).expireAfterAccess(Duration.ofHours(1)).build();
    private volatile Set<String> publicFields;

    PublicQueries(GraphQlSource source, QueryLimits limits) {
        this.source = source;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(b -> b
                .maxCharacters(limits.maxCharacters()).maxTokens(limits.maxTokens()));
    }

    public boolean isPublic(String document, String operationName) {
        if (document == null || document.length() > 20_000) {
            return false;
        }
        return verdicts.get(operationName + "\u0000" + document, k -> judge(document, operationName));
    }

    private boolean judge(String text, String operationName) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(text)
                    .parserOptions(parserOptions).build());
        } catch (InvalidSyntaxException e) {
            return false;
        }
        Optional<OperationDefinition> operation = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operationName == null || operationName.equals(o.getName()))
                .findFirst();
        if (operation.isEmpty() || operation.get().getOperation() != OperationDefinition.Operation.QUERY) {
            return false;
        }
        for (Selection<?> selection : operation.get().getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field) || !field.getDirectives().stream().allMatch(d -> CONDITIONS.contains(d.getName()))
                    || !(publicFields().contains(field.getName()) || "__typename".equals(field.getName()))) {
                return false;
            }
        }
        return true;
    }

    private Set<String> publicFields() {
        if (publicFields == null) {
            publicFields = source.schema().getQueryType().getFieldDefinitions().stream()
                    .filter(f -> f.hasAppliedDirective("publicCache"))
                    .map(f -> f.getName())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return publicFields;
    }
}
