package org.lurewatch.access.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.http.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server forwards its own failures; asked for directly it has no error
 * to show and Boot answered 500, which reads like a crash to a scanner or a monitor. A direct
 * request gets a plain 404; the container's forwards (an error dispatch) never pass this filter.
 */
final class DirectErrorPathFilter extends OncePerRequestFilter {

    private final String errorPath;

    DirectErrorPathFilter(String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(errorPath) || path.startsWith(errorPath + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Problems.write(request, response, ErrorCode.NOT_FOUND, "There is nothing here.");
    }
}
