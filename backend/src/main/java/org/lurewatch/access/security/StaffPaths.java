package org.lurewatch.access.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The staff side lives under {@code /staff/}: the session cookie is scoped to it, and only requests
 * there are ever authenticated by a session. The public side never sees ambient credentials.
 */
public final class StaffPaths {

    public static final String PREFIX = "/staff";
    public static final String GRAPHQL = PREFIX + "/graphql";

    private StaffPaths() {
    }

    public static boolean isStaff(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }
}
