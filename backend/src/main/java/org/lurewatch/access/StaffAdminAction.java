package org.lurewatch.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Published after every change to who may do what: accounts created, disabled or enabled, roles
 * changed, passwords reset or changed, NGO API keys issued, rotated or revoked, staff API tokens
 * issued or revoked. Triage's audit log records each one; open connections are checked again at
 * once. Never carries a secret: no password, key, token, hint of one or hash.
 *
 * @param actor   the user name of whoever did it, {@link #SYSTEM} for the portal itself (the first
 *                administrator), {@link #CONSOLE} for the command-line reset
 * @param action  what was done, e.g. {@code STAFF_USER_DISABLED}
 * @param subject whom or what it was done to: a user name, or an API key's organisation and id
 * @param details short facts (roles before and after, quotas); may be empty
 * @param userId  the account whose powers changed, or null when no account's did (NGO keys)
 */
public record StaffAdminAction(String actor, String action, String subject, String details, String userId) {

    public static final String SYSTEM = "system";
    public static final String CONSOLE = "console";

    /** An action by whoever is signed in on this thread (the portal itself when nobody is). */
    public static StaffAdminAction byCurrentUser(String action, String subject, String details, String userId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || !auth.isAuthenticated() || auth.getName() == null ? SYSTEM : auth.getName();
        return new StaffAdminAction(actor, action, subject, details == null ? "" : details, userId);
    }

    /** One line for the audit log: the subject, then the details. */
    public String describe() {
        return details.isEmpty() ? subject : subject + "; " + details;
    }
}
