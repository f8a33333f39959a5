package org.lurewatch.triage.cases;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in staff member's user name, for "who" in history and audit. */
public final class Staff {

    /** Who did it when no person did (scheduled jobs). */
    public static final String SYSTEM = "system";

    private Staff() {
    }

    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? SYSTEM : auth.getName();
    }
}
