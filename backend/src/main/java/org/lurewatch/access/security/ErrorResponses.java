package org.lurewatch.access.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.lurewatch.common.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors outside GraphQL execution (sign-in endpoints, CSRF, a bad token) in the same shape as
 * GraphQL errors, so one client-side handler reads both.
 */
public final class ErrorResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorResponses() {
    }

    public static Map<String, Object> body(ErrorCode code, String message, Map<String, Object> extra) {
        Map<String, Object> extensions = new LinkedHashMap<>(extra);
        extensions.put("code", code.name());
        return Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)));
    }

    public static void write(HttpServletResponse response, int status, ErrorCode code, String message)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.writeValueAsString(body(code, message, Map.of())));
    }
}
