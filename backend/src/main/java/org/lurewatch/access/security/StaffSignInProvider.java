package org.lurewatch.access.security;

import org.lurewatch.access.signin.SignIn;
import org.lurewatch.common.PortalException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a console sign-in with {@link SignIn} (throttled; one answer for every wrong combination).
 * The token's details are the client's key (see {@link JsonSignInFilter}), which the throttle counts by.
 */
final class StaffSignInProvider implements AuthenticationProvider {

    private final SignIn signIn;

    StaffSignInProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String clientKey = attempt.getDetails() instanceof String key ? key : null;
        try {
            SignIn.SignedIn signedIn = signIn.signIn(attempt.getName(),
                    attempt.getCredentials() instanceof String password ? password : null, clientKey);
            StaffAuthentication auth = new StaffAuthentication(signedIn.user(), StaffAuthentication.Via.SESSION);
            auth.setDetails(new SignInDetails(signedIn.failedAttemptsSinceLastSignIn()));
            return auth;
        } catch (RuntimeException refusedOrFailed) {
            // a PortalException (wrong password, throttled) or a failure (database unavailable): the
            // failure handler answers either, as the advice would
            throw new SignInRefused(refusedOrFailed);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Wrong password, throttled, bad input, or a failure: the reason, carried through Spring
     * Security to the failure handler.
     */
    static final class SignInRefused extends AuthenticationException {

        private final transient RuntimeException reason;

        SignInRefused(RuntimeException reason) {
            super(reason instanceof PortalException ? reason.getMessage() : "sign-in could not be checked", reason);
            this.reason = reason;
        }

        RuntimeException reason() {
            return reason;
        }
    }

    /** Wrong passwords given for the name since its previous sign-in, for the sign-in's answer. */
    record SignInDetails(long failedSignInsSinceLastSignIn) {
    }
}
