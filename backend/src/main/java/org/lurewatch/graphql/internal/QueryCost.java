package org.lurewatch.graphql.internal;

import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import org.lurewatch.graphql.QueryLimits;

/**
 * Measures a validated operation: depth (introspection on its own budget), field count after
 * fragment expansion, aliases, and complexity where a connection multiplies what is below it by
 * its {@code first}. Stops walking as soon as a limit is passed, so a fragment bomb costs nothing.
 */
final class QueryCost extends QueryVisitorStub {

    private static final int DEFAULT_FIRST = 20;

    private final QueryLimits limits;
    private int fields;
    private int aliases;
    private long complexity;

    QueryCost(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public void visitField(QueryVisitorFieldEnvironment env) {
        if (++fields > limits.maxFields()) {
            throw refuse("has more than " + limits.maxFields() + " fields (fragments counted as expanded)");
        }
        if (env.getField().getAlias() != null && ++aliases > limits.maxAliases()) {
            throw refuse("uses more than " + limits.maxAliases() + " aliases");
        }
        int depth = 0;
        boolean introspection = false;
        long multiplier = 1;
        for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
            depth++;
            introspection |= e.getFieldDefinition().getName().startsWith("__");
            if (e != env) {
                multiplier *= pageSize(e);
            }
        }
        int maxDepth = introspection ? limits.maxIntrospectionDepth() : limits.maxDepth();
        if (depth > maxDepth) {
            throw refuse("nests " + depth + " levels deep; at most " + maxDepth + " are allowed");
        }
        complexity += multiplier;
        if (complexity > limits.maxComplexity()) {
            throw refuse("is too complex (over " + limits.maxComplexity()
                    + "; each field counts once per item a connection's `first` asks for): ask for fewer items or fields");
        }
    }

    private static long pageSize(QueryVisitorFieldEnvironment env) {
        if (env.getFieldDefinition().getArgument("first") == null) {
            return 1;
        }
        Object first = env.getArguments().get("first");
        return first instanceof Number n ? Math.max(1, n.longValue()) : DEFAULT_FIRST;
    }

    private static AbortExecutionException refuse(String why) {
        return new AbortExecutionException("The query " + why + ".");
    }
}
