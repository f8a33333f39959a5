package org.lurewatch.access.security;

import java.io.Serializable;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.lurewatch.access.account.StaffAccounts;
import org.lurewatch.access.account.StaffUser;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps only a small ticket (account id and security stamp) in the staff session and rebuilds the
 * authentication from the stored account on each request under {@code /staff/}, lazily. A ticket
 * whose account was disabled or whose password changed since ends its session.
 */
@Component
class StaffSessionRepository implements SecurityContextRepository {

    static final String TICKET = StaffSessionRepository.class.getName() + ".TICKET";

    record Ticket(String userId, String securityStamp) implements Serializable {
    }

    private final StaffAccounts accounts;

    StaffSessionRepository(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new DeferredSecurityContext() {
            private SecurityContext context;
            private boolean generated;

            @Override
            public synchronized SecurityContext get() {
                if (context == null) {
                    Optional<StaffAuthentication> auth = load(request);
                    generated = auth.isEmpty();
                    context = auth.<SecurityContext>map(SecurityContextImpl::new)
                            .orElseGet(() -> SecurityContextHolder.getContextHolderStrategy().createEmptyContext());
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                get();
                return generated;
            }
        };
    }

    private Optional<StaffAuthentication> load(HttpServletRequest request) {
        if (!StaffPaths.isStaff(request)) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object ticket;
        try {
            ticket = session.getAttribute(TICKET);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
        if (!(ticket instanceof Ticket t)) {
            return Optional.empty();
        }
        Optional<StaffUser> user = accounts.byId(t.userId())
                .filter(u -> u.enabled() && u.securityStamp().equals(t.securityStamp()));
        if (user.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(new StaffAuthentication(user.get(), StaffAuthentication.Via.SESSION));
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (context.getAuthentication() instanceof StaffAuthentication auth && auth.via() == StaffAuthentication.Via.SESSION) {
            request.getSession(true).setAttribute(TICKET, new Ticket(auth.user().id(), auth.user().securityStamp()));
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(TICKET) != null;
    }
}
