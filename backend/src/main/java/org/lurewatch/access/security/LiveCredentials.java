package org.lurewatch.access.security;

import java.util.Optional;

import org.lurewatch.access.account.StaffAccounts;
import org.lurewatch.access.token.ApiTokens;
import org.springframework.stereotype.Component;

/**
 * Checks again, as of now, what a long-lived connection proved once: the token it presented (still
 * active, its owner enabled and unchanged since it was issued) or the session's account (enabled,
 * same security stamp). The answer carries the roles the account holds now.
 */
@Component
class LiveCredentials {

    private final ApiTokens tokens;
    private final StaffAccounts accounts;

    LiveCredentials(ApiTokens tokens, StaffAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** The same member with their powers as of now, or empty when what they proved no longer holds. */
    Optional<StaffAuthentication> recheck(StaffAuthentication granted) {
        return switch (granted.via()) {
            case TOKEN -> tokens.resolveById(granted.tokenId())
                    .map(r -> new StaffAuthentication(r.user(), StaffAuthentication.Via.TOKEN, r.apiToken().id()));
            case SESSION -> accounts.byId(granted.user().id())
                    .filter(u -> u.enabled() && u.securityStamp().equals(granted.user().securityStamp()))
                    .map(u -> new StaffAuthentication(u, StaffAuthentication.Via.SESSION));
        };
    }

    /** Whether a connection may go on as it was opened: still valid and holding exactly the same powers. */
    boolean unchanged(StaffAuthentication granted) {
        return recheck(granted).filter(now -> now.getAuthorities().equals(granted.getAuthorities())).isPresent();
    }
}
