package org.lurewatch.graphql.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;
import org.slf4j.Logger;
import org.lurewatch.storage.StorageFailures;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from data fetchers into errors a caller can act on. A {@link PortalException}
 * carries its own message and code; anything else is logged once, with a reference the caller
 * also receives, and shown as a generic message: no stack trace, class name or internal text.
 */
@Component
class PortalExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(PortalExceptionResolver.class);

    PortalExceptionResolver() {
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof PortalException portal) {
            Map<String, Object> extensions = new HashMap<>(portal.extensions());
            extensions.put("code", portal.code().name());
            return GraphqlErrorBuilder.newError(env)
                    .errorType(classify(portal.code()))
                    .message(portal.getMessage())
                    .extensions(extensions)
                    .build();
        }
        if (isAccessDenied(ex)) {
            return null; // left to the access module's resolver
        }
        if (ex instanceof AbortExecutionException tooLong) {
            // the time limit, raised in every field still running: a refusal, not a fault (no stack
            // trace; under load one would be logged per field of every slow query)
            return unavailable(env, tooLong.getMessage());
        }
        if (isDatabaseUnavailable(ex)) {
            // expected during an outage: one line, no stack trace, and a code clients know to retry
            log.warn("Database unavailable in {}: {}", env.getField().getName(), ex.getClass().getSimpleName());
            return unavailable(env, "The portal cannot use its database right now, so nothing was stored or read."
                    + " Please try again in a minute.");
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure in {} [reference {}]", env.getField().getName(), reference, ex);
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Something went wrong on our side. If it keeps happening, quote reference " + reference)
                .extensions(Map.of("code", ErrorCode.INTERNAL_ERROR.name(), "reference", reference))
                .build();
    }

    /** A refusal clients know to retry, after {@link #RETRY_AFTER_SECONDS}. */
    private static GraphQLError unavailable(DataFetchingEnvironment env, String message) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message(message)
                .extensions(Map.of("code", ErrorCode.SERVICE_UNAVAILABLE.name(), "retryAfterSeconds", RETRY_AFTER_SECONDS))
                .build();
    }

    /** Spring's translation of an unreachable MongoDB, the driver's own exception, or a database that cannot write. */
    static boolean isDatabaseUnavailable(Throwable ex) {
        return StorageFailures.isUnavailable(ex);
    }

    private static boolean isAccessDenied(Throwable ex) {
        String name = ex.getClass().getName();
        return name.startsWith("org.springframework.security.");
    }

    private static ErrorType classify(ErrorCode code) {
        return switch (code) {
            case BAD_USER_INPUT, CONFLICT -> ErrorType.BAD_REQUEST;
            case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
            case FORBIDDEN -> ErrorType.FORBIDDEN;
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            default -> ErrorType.INTERNAL_ERROR;
        };
    }
}
