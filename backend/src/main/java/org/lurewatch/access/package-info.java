/**
 * Staff accounts and who may do what: users with roles, password hashing, sign-in with a session
 * (staff console) or a bearer token (scripts), sign-in throttling, and the Spring Security set-up
 * that keeps the public side free of cookies and CSRF tokens.
 *
 * <p>Other modules guard their staff operations with {@code @PreAuthorize("hasRole('EDITOR')")}
 * (or {@code TRIAGE}, {@code ADMIN}); they need nothing from this module but the role names in
 * {@link org.lurewatch.access.StaffRole}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.lurewatch.access;
