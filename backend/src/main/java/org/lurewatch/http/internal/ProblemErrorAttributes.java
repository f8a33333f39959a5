package org.lurewatch.http.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.http.Problems;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What Boot's error page ({@code /error}) answers for a failure no advice saw (one raised in a
 * filter, a container error): the same problem detail as everywhere else, with a generic message
 * for its status, never the exception's text or trace.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> boot = super.getErrorAttributes(request,
                ErrorAttributeOptions.of(ErrorAttributeOptions.Include.STATUS, ErrorAttributeOptions.Include.PATH));
        int status = boot.get("status") instanceof Integer s ? s : 500;
        ErrorCode code = Problems.codeFor(status);
        HttpStatus known = HttpStatus.resolve(status);
        String detail = status >= 500 ? "Something went wrong on our side. Please try again later."
                : known != null ? known.getReasonPhrase() + "." : "This request cannot be answered.";
        ProblemDetail problem = Problems.of(code, detail);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", "about:blank");
        answer.put("title", known != null ? known.getReasonPhrase() : code.status().getReasonPhrase());
        answer.put("status", status);
        answer.put("detail", detail);
        if (boot.get("path") != null) {
            answer.put("instance", boot.get("path"));
        }
        answer.putAll(problem.getProperties());
        return answer;
    }
}
