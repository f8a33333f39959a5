package org.lurewatch.access.web;

import java.time.Instant;
import java.util.List;

import org.lurewatch.access.StaffRole;
import org.lurewatch.access.account.StaffUser;
import org.lurewatch.access.token.ApiToken;

/** GraphQL shapes of accounts and tokens: never a hash, a stamp or a secret. */
final class StaffViews {

    private StaffViews() {
    }

    record StaffUserView(String id, String username, String displayName, List<StaffRole> roles, boolean enabled,
            boolean passwordChangeRequired, Instant createdAt, Instant lastSignInAt) {

        static StaffUserView of(StaffUser u) {
            return new StaffUserView(u.id(), u.username(), u.displayName(), u.roles().stream().sorted().toList(),
                    u.enabled(), u.passwordChangeRequired(), u.createdAt(), u.lastSignInAt());
        }
    }

    record StaffUserWithPassword(StaffUserView user, String oneTimePassword) {
    }

    record ApiTokenView(String id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt,
            boolean active) {

        static ApiTokenView of(ApiToken t, Instant now) {
            return new ApiTokenView(t.id(), t.label(), t.createdAt(), t.expiresAt(), t.revokedAt(), t.activeAt(now));
        }
    }

    record NewApiToken(String token, ApiTokenView apiToken) {
    }
}
