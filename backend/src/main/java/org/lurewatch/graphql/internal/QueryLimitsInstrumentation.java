package org.lurewatch.graphql.internal;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.schema.DataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.lurewatch.graphql.QueryLimits;
import org.springframework.stereotype.Component;

/**
 * Refuses a validated operation that is too deep, too wide or too complex before it executes, and
 * stops one that runs past its time budget.
 */
@Component
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    private final QueryLimits limits;
    /**
     * Operations measured and found within the limits, by document, when no variable can change
     * what the walk measures ({@link #shapedByVariables}): they are not walked again (the walk was
     * 4 % of an offer check). Weak keys: a document leaves with its last user.
     */
    private final Cache<Document, Set<String>> withinLimits = Caffeine.newBuilder().weakKeys().build();

    QueryLimitsInstrumentation(QueryLimits limits) {
        this.limits = limits;
    }

    /** When this execution must be finished by. */
    record Deadline(long nanos) implements InstrumentationState {
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Deadline(System.nanoTime() + limits.timeout().toNanos()));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        Document document = context.getDocument();
        String operation = Objects.requireNonNullElse(context.getExecutionInput().getOperationName(), "");
        Set<String> measured = withinLimits.getIfPresent(document);
        if (measured != null && measured.contains(operation)) {
            return SimpleInstrumentationContext.noOp();
        }
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(document)
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryCost(limits));
        if (!shapedByVariables(document)) {
            withinLimits.get(document, d -> ConcurrentHashMap.newKeySet()).add(operation);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * Whether variables can change what {@link QueryCost} measures: a connection's {@code first},
     * or a directive's argument ({@code @include(if: $all)} can add a whole subtree).
     */
    static boolean shapedByVariables(Document document) {
        boolean[] shaped = {false};
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitArgument(Argument argument, TraverserContext<Node> context) {
                Node<?> owner = context.getParentNode();
                shaped[0] |= argument.getValue() instanceof VariableReference
                        && (owner instanceof Directive || argument.getName().equals("first"));
                return shaped[0] ? TraversalControl.QUIT : TraversalControl.CONTINUE;
            }
        }, document);
        return shaped[0];
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        // a subscription lives on purpose: its events resolve fields long after it began; reading a
        // property takes no time worth a check, and an answer can read hundreds of them
        if (!(state instanceof Deadline deadline) || parameters.isTrivialDataFetcher()
                || parameters.getExecutionContext().getOperationDefinition()
                        .getOperation() == graphql.language.OperationDefinition.Operation.SUBSCRIPTION) {
            return dataFetcher;
        }
        return env -> {
            if (System.nanoTime() > deadline.nanos()) {
                throw new AbortExecutionException("The query took longer than " + limits.timeout().toSeconds()
                        + " s and was stopped; ask for less.");
            }
            return dataFetcher.get(env);
        };
    }
}
