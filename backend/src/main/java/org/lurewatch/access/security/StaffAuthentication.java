package org.lurewatch.access.security;

import java.util.ArrayList;
import java.util.List;

import org.lurewatch.access.StaffRole;
import org.lurewatch.access.account.StaffUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in staff member, rebuilt from the stored account on every request: a role taken away
 * or an account disabled takes effect at once, in every session and for every token.
 */
public final class StaffAuthentication extends AbstractAuthenticationToken {

    /** Held by every signed-in member whose password is not a one-time password any more. */
    public static final String STAFF = "STAFF";
    /** Held instead of any role while a one-time password is still in use. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    /** How the request proved who it is. */
    public enum Via { SESSION, TOKEN }

    private final StaffUser user;
    private final Via via;
    private final String tokenId;

    public StaffAuthentication(StaffUser user, Via via) {
        this(user, via, null);
    }

    /** @param tokenId the API token presented, for {@link Via#TOKEN} */
    public StaffAuthentication(StaffUser user, Via via, String tokenId) {
        super(authoritiesOf(user));
        this.user = user;
        this.via = via;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authoritiesOf(StaffUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (user.passwordChangeRequired()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
            return authorities;
        }
        authorities.add(new SimpleGrantedAuthority(STAFF));
        for (StaffRole role : user.effectiveRoles()) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return authorities;
    }

    public StaffUser user() {
        return user;
    }

    public Via via() {
        return via;
    }

    public String tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user.username();
    }

    @Override
    public String getName() {
        return user.username();
    }
}
