package org.lurewatch.access.web;

import java.time.Clock;
import java.util.List;

import org.lurewatch.access.account.StaffAccounts;
import org.lurewatch.access.account.StaffUser;
import org.lurewatch.access.security.StaffAuthentication;
import org.lurewatch.access.signin.SignIn;
import org.lurewatch.access.signin.SignInRefusedException;
import org.lurewatch.common.UserInputException;
import org.lurewatch.access.token.ApiTokens;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/**
 * A staff member's own account. Signed-in is enough for {@code me} and the password change (which
 * is all a one-time password allows); tokens need a password of one's own.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class MyAccountController {

    private final StaffAccounts accounts;
    private final SignIn signIn;
    private final ApiTokens tokens;
    private final Clock clock;

    MyAccountController(StaffAccounts accounts, SignIn signIn, ApiTokens tokens, Clock clock) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.tokens = tokens;
        this.clock = clock;
    }

    @QueryMapping
    public StaffViews.StaffUserView me() {
        return StaffViews.StaffUserView.of(current().user());
    }

    /**
     * Proves the current password (throttled like a sign-in), then sets the new one. Every session
     * and API token of this account ends, this one included: whoever changed it signs in again with
     * the new password, and whoever had stolen the old one is out.
     */
    @MutationMapping
    public StaffViews.StaffUserView changeMyPassword(@Argument String currentPassword, @Argument String newPassword) {
        StaffAuthentication auth = current();
        StaffUser fresh = accounts.byId(auth.user().id()).orElseThrow();
        try {
            signIn.confirm(fresh, currentPassword);
        } catch (SignInRefusedException e) {
            throw new UserInputException("currentPassword", "currentPassword is not your current password");
        }
        return StaffViews.StaffUserView.of(accounts.changePassword(fresh.id(), newPassword));
    }

    @QueryMapping
    @PreAuthorize("hasAuthority('STAFF')")
    public List<StaffViews.ApiTokenView> myApiTokens() {
        var now = clock.instant();
        return tokens.of(current().user()).stream().map(t -> StaffViews.ApiTokenView.of(t, now)).toList();
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('STAFF')")
    public StaffViews.NewApiToken createApiToken(@Argument String label, @Argument Integer validDays) {
        ApiTokens.Issued issued = tokens.issue(current().user(), label, validDays);
        return new StaffViews.NewApiToken(issued.token(), StaffViews.ApiTokenView.of(issued.apiToken(), clock.instant()));
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('STAFF')")
    public StaffViews.ApiTokenView revokeApiToken(@Argument String id) {
        return StaffViews.ApiTokenView.of(tokens.revoke(current().user(), id), clock.instant());
    }

    private static StaffAuthentication current() {
        return (StaffAuthentication) SecurityContextHolder.getContext().getAuthentication();
    }
}
