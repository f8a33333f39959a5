package org.lurewatch.access.web;

import java.util.List;
import java.util.Set;

import org.lurewatch.access.StaffRole;
import org.lurewatch.access.account.StaffAccounts;
import org.lurewatch.access.security.StaffAuthentication;
import org.lurewatch.graphql.Connection;
import org.lurewatch.graphql.Paging;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/** Account administration. Every field of this controller needs the ADMIN role. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
public class StaffAdminController {

    private final StaffAccounts accounts;

    StaffAdminController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record CreateStaffUserInput(String username, String displayName, List<StaffRole> roles) {
    }

    @QueryMapping
    public Connection<StaffViews.StaffUserView> staffUsers(@Argument Integer first, @Argument String after) {
        int size = Paging.first(first, 50);
        List<StaffViews.StaffUserView> all = accounts.all().stream().map(StaffViews.StaffUserView::of).toList();
        return Paging.page(all, size, after, StaffViews.StaffUserView::username,
                (u, key) -> u.username().compareTo(key) > 0);
    }

    @MutationMapping
    public StaffViews.StaffUserWithPassword createStaffUser(@Argument CreateStaffUserInput input) {
        StaffAccounts.WithPassword created = accounts.create(input.username(), input.displayName(), roles(input.roles()));
        return new StaffViews.StaffUserWithPassword(StaffViews.StaffUserView.of(created.user()), created.oneTimePassword());
    }

    @MutationMapping
    public StaffViews.StaffUserView disableStaffUser(@Argument String id) {
        return StaffViews.StaffUserView.of(accounts.setEnabled(id, false, actorId()));
    }

    @MutationMapping
    public StaffViews.StaffUserView enableStaffUser(@Argument String id) {
        return StaffViews.StaffUserView.of(accounts.setEnabled(id, true, actorId()));
    }

    @MutationMapping
    public StaffViews.StaffUserView setStaffUserRoles(@Argument String id, @Argument List<StaffRole> roles) {
        return StaffViews.StaffUserView.of(accounts.setRoles(id, roles(roles)));
    }

    @MutationMapping
    public StaffViews.StaffUserWithPassword resetStaffUserPassword(@Argument String id) {
        StaffAccounts.WithPassword reset = accounts.resetPassword(id);
        return new StaffViews.StaffUserWithPassword(StaffViews.StaffUserView.of(reset.user()), reset.oneTimePassword());
    }

    private static Set<StaffRole> roles(List<StaffRole> roles) {
        return roles == null ? Set.of() : Set.copyOf(roles);
    }

    private static String actorId() {
        return ((StaffAuthentication) SecurityContextHolder.getContext().getAuthentication()).user().id();
    }
}
