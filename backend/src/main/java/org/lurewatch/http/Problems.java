package org.lurewatch.http;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;
import org.lurewatch.storage.StorageFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one error format of every answer outside GraphQL: an RFC 9457 problem detail. Besides
 * {@code status}, {@code title} and {@code detail} (the message a person can act on) it carries
 * {@code code} (an {@link ErrorCode}) and the error's facts ({@code retryAfterSeconds},
 * {@code field}, …) as members, and {@code errors}: the same error in the GraphQL shape
 * ({@code [{message, extensions: {code, …}}]}), so one client-side handler reads both APIs.
 * Controllers throw and the advice answers; filters, which run before any controller, write it
 * here. A {@code retryAfterSeconds} also becomes the {@code Retry-After} header.
 */
public final class Problems {

    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private static final long STORAGE_RETRY_AFTER_SECONDS = 30;
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private Problems() {
    }

    public static ProblemDetail of(PortalException e) {
        return of(e.code(), e.getMessage(), e.extensions());
    }

    public static ProblemDetail of(ErrorCode code, String message) {
        return of(code, message, Map.of());
    }

    public static ProblemDetail of(ErrorCode code, String message, Map<String, Object> facts) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), message);
        problem.setProperty("code", code.name());
        facts.forEach(problem::setProperty);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.putAll(facts);
        problem.setProperty("errors", List.of(Map.of("message", message, "extensions", extensions)));
        return problem;
    }

    /**
     * A failure that is not the caller's: a database that is unreachable or cannot write is 503 with
     * a retry time (one log line, it is expected during an outage); anything else is logged once, with
     * a reference the caller also gets, and shown as a generic message: no stack trace, class or text.
     */
    public static ProblemDetail ofFailure(Throwable e) {
        if (e instanceof PortalException portal) {
            return of(portal);
        }
        if (StorageFailures.isUnavailable(e)) {
            log.warn("Database unavailable: {}", e.getClass().getSimpleName());
            return of(ErrorCode.SERVICE_UNAVAILABLE, "The portal cannot use its database right now, so nothing was"
                    + " stored. Please try again in a minute.", Map.of(RETRY_AFTER_SECONDS, STORAGE_RETRY_AFTER_SECONDS));
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure [reference {}]", reference, e);
        return of(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side. If it keeps happening, quote reference "
                + reference, Map.of("reference", reference));
    }

    /** The code of an answer with this status that no {@link PortalException} made (Spring's own refusals). */
    public static ErrorCode codeFor(int status) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.status().value() == status) {
                return code;
            }
        }
        return status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_USER_INPUT;
    }

    /** Gives a problem made elsewhere (Spring's own) the portal's members, keeping its detail. */
    public static ProblemDetail complete(ProblemDetail problem) {
        if (problem.getProperties() != null && problem.getProperties().containsKey("code")) {
            return problem;
        }
        ErrorCode code = codeFor(problem.getStatus());
        String detail = problem.getDetail() != null ? problem.getDetail() : problem.getTitle();
        ProblemDetail complete = of(code, detail == null ? code.status().getReasonPhrase() : detail);
        complete.setStatus(problem.getStatus());
        complete.setTitle(problem.getTitle());
        complete.setInstance(problem.getInstance());
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(complete::setProperty);
        }
        return complete;
    }

    private static URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /** Seconds a client should wait before trying again, from the problem's members, or 0. */
    public static long retryAfterSeconds(ProblemDetail problem) {
        return problem.getProperties() != null && problem.getProperties().get(RETRY_AFTER_SECONDS) instanceof Number n
                ? n.longValue() : 0;
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, PortalException e)
            throws IOException {
        write(request, response, of(e));
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String message)
            throws IOException {
        write(request, response, of(code, message));
    }

    /** For a filter: the answer ends here. Nothing is written to a response already on its way. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (problem.getInstance() == null) {
            problem.setInstance(instance(request));
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        long retryAfter = retryAfterSeconds(problem);
        if (retryAfter > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        }
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
