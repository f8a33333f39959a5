package org.lurewatch.access.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.lurewatch.access.StaffRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff account as stored. Immutable; changes go through {@link StaffAccounts}.
 *
 * @param username               lower case, unique, what the person types to sign in
 * @param passwordHash           Argon2id in Spring Security's {@code {id}hash} form; never the password
 * @param passwordChangeRequired set for one-time passwords (generated at first start, by a reset or
 *                               for a new account): until changed, the account holds no role
 * @param securityStamp          random; replaced when the password changes or the account is
 *                               disabled, which ends every session and API token issued before
 */
@Document("staff_users")
public record StaffUser(
        @Id String id,
        String username,
        String displayName,
        String passwordHash,
        Set<StaffRole> roles,
        boolean enabled,
        boolean passwordChangeRequired,
        String securityStamp,
        Instant createdAt,
        Instant updatedAt,
        Instant lastSignInAt,
        @Version Long version) {

    public StaffUser {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The roles in force now: none while a one-time password is still in use, or when disabled. */
    public Set<StaffRole> effectiveRoles() {
        return enabled && !passwordChangeRequired ? roles : Set.of();
    }

    public boolean isAdministrator() {
        return enabled && roles.contains(StaffRole.ADMIN);
    }

    StaffUser withRoles(Set<StaffRole> newRoles, Instant now) {
        return new StaffUser(id, username, displayName, passwordHash, newRoles, enabled, passwordChangeRequired,
                securityStamp, createdAt, now, lastSignInAt, version);
    }

    StaffUser withEnabled(boolean on, String stamp, Instant now) {
        return new StaffUser(id, username, displayName, passwordHash, roles, on, passwordChangeRequired,
                stamp, createdAt, now, lastSignInAt, version);
    }

    StaffUser withPassword(String hash, boolean oneTime, String stamp, Instant now) {
        return new StaffUser(id, username, displayName, hash, roles, enabled, oneTime, stamp, createdAt, now,
                lastSignInAt, version);
    }

    StaffUser withPasswordHash(String hash) {
        return new StaffUser(id, username, displayName, hash, roles, enabled, passwordChangeRequired,
                securityStamp, createdAt, updatedAt, lastSignInAt, version);
    }

    StaffUser signedInAt(Instant now) {
        return new StaffUser(id, username, displayName, passwordHash, roles, enabled, passwordChangeRequired,
                securityStamp, createdAt, updatedAt, now, version);
    }
}
