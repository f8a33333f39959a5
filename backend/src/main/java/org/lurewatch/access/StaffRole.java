package org.lurewatch.access;

/**
 * What a staff member may do. A user may hold several. Spring Security sees each as the authority
 * {@code ROLE_<name>}, so other modules write {@code @PreAuthorize("hasRole('EDITOR')")}.
 */
public enum StaffRole {
    /** Writes, translates, publishes and archives warnings. */
    EDITOR,
    /** Works the tip queue. */
    TRIAGE,
    /** Manages staff accounts. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
