package org.lurewatch.graphql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** How failures inside a field become errors: the client learns what to do, the log stays readable. */
@ExtendWith(OutputCaptureExtension.class)
class PortalExceptionResolverTest {

    private final PortalExceptionResolver resolver = new PortalExceptionResolver();

    private static DataFetchingEnvironment field(String name) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(new Field(name)).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment(name)).build())
                .build();
    }

    @Test
    void theTimeLimitIsARetryableRefusalLoggedWithoutAStackTrace(CapturedOutput output) {
        GraphQLError error = resolver.resolveToSingleError(
                new AbortExecutionException("The query took longer than 10 s and was stopped."), field("warnings"));
        assertThat(error.getMessage()).contains("took longer than 10 s");
        assertThat(error.getExtensions()).containsEntry("code", "SERVICE_UNAVAILABLE").containsKey("retryAfterSeconds");
        assertThat(output.getAll()).doesNotContain("AbortExecutionException", "\tat ");
    }

    @Test
    void anUnexpectedFailureGetsAReferenceAndNoDetail() {
        GraphQLError error = resolver.resolveToSingleError(new IllegalStateException("secret detail"), field("warnings"));
        assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR").containsKey("reference");
        assertThat(error.getMessage()).doesNotContain("secret detail");
    }
}
