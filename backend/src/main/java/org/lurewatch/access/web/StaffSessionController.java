package org.lurewatch.access.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lurewatch.abuse.ClientKeys;
import org.lurewatch.access.account.StaffUser;
import org.lurewatch.access.security.SessionAnswer;
import org.lurewatch.access.security.StaffAuthentication;
import org.lurewatch.access.signin.SignIn;
import org.lurewatch.access.token.ApiTokens;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's session as it stands ({@code GET /staff/session}, {@code GET /staff/csrf}; signing
 * in and out are Spring Security's, see access.security.SecurityConfiguration), and bearer tokens
 * for scripts ({@code POST/DELETE /staff/token}). JSON in, JSON out; a refusal is thrown and
 * answered as a problem detail.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/staff")
class StaffSessionController {

    private final SignIn signIn;
    private final ClientKeys clientKeys;
    private final ApiTokens tokens;

    StaffSessionController(SignIn signIn, ClientKeys clientKeys, ApiTokens tokens) {
        this.signIn = signIn;
        this.clientKeys = clientKeys;
        this.tokens = tokens;
    }

    record TokenRequest(String username, String password, String label, Integer validDays) {
    }

    /** A new bearer token, shown this once. */
    record TokenAnswer(String token, String id, String label, long failedSignInsSinceLastSignIn, String expiresAt) {
    }

    /** {@code GET /staff/csrf}. */
    record CsrfAnswer(String headerName, String token) {
    }

    /**
     * Who is signed in to this session, and its CSRF token (after a reload of the console). The
     * token is Spring Security's for this request, read only for a signed-in session: reading it
     * would otherwise create a session for an anonymous caller.
     */
    @GetMapping("/session")
    SessionAnswer current(Authentication authentication, CsrfToken csrf) {
        return SessionAnswer.of(sessionUser(authentication), csrf);
    }

    /**
     * The same as {@code GET /session}, answered 200 with {@code signedIn: false} when nobody is: the
     * console's pages look before they ask for a sign-in, and a 401 there would be logged by the browser
     * as a failed request on every visit to the sign-in page.
     */
    @GetMapping("/session/state")
    ResponseEntity<SessionState> state(Authentication authentication, CsrfToken csrf) {
        SessionState state = authentication instanceof StaffAuthentication staff
                && staff.via() == StaffAuthentication.Via.SESSION
                        ? SessionState.of(SessionAnswer.of(staff.user(), csrf))
                        : new SessionState(false, null, null, null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(state);
    }

    /** {@code GET /staff/session/state}: {@link SessionAnswer} with whether anyone is signed in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionState(boolean signedIn, SessionAnswer.Member user, String csrfHeader, String csrfToken) {

        static SessionState of(SessionAnswer answer) {
            return new SessionState(true, answer.user(), answer.csrfHeader(), answer.csrfToken());
        }
    }

    @GetMapping("/csrf")
    CsrfAnswer csrf(Authentication authentication, CsrfToken csrf) {
        sessionUser(authentication);
        return new CsrfAnswer(csrf.getHeaderName(), csrf.getToken());
    }

    /** A bearer token for a script, for user name and password (throttled like a sign-in). */
    @PostMapping("/token")
    ResponseEntity<TokenAnswer> token(@RequestBody TokenRequest body, HttpServletRequest request) {
        SignIn.SignedIn signedIn = signIn.signIn(body.username(), body.password(), clientKeys.of(request).value());
        StaffUser user = signedIn.user();
        if (user.passwordChangeRequired()) {
            throw new Refused(ErrorCode.FORBIDDEN,
                    "Your password is a one-time password: sign in to the console and choose your own first.");
        }
        ApiTokens.Issued issued = tokens.issue(user, body.label(), body.validDays());
        Instant expiresAt = issued.apiToken().expiresAt();
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new TokenAnswer(issued.token(), issued.apiToken().id(), issued.apiToken().label(),
                        signedIn.failedAttemptsSinceLastSignIn(), expiresAt.toString()));
    }

    /** Revokes the bearer token this request presents (a script cleaning up after itself). */
    @DeleteMapping("/token")
    ResponseEntity<Void> revokeOwnToken(Authentication authentication) {
        if (!(authentication instanceof StaffAuthentication staff) || staff.via() != StaffAuthentication.Via.TOKEN) {
            throw new Refused(ErrorCode.UNAUTHENTICATED, "Present the token to revoke as Authorization: Bearer …");
        }
        tokens.revoke(staff.user(), staff.tokenId());
        return ResponseEntity.noContent().build();
    }

    private static StaffUser sessionUser(Authentication authentication) {
        if (!(authentication instanceof StaffAuthentication staff) || staff.via() != StaffAuthentication.Via.SESSION) {
            throw new Refused(ErrorCode.UNAUTHENTICATED, "Not signed in.");
        }
        return staff.user();
    }

    /** A refusal of this controller's own. */
    static final class Refused extends PortalException {

        private final ErrorCode code;

        Refused(ErrorCode code, String message) {
            super(message);
            this.code = code;
        }

        @Override
        public ErrorCode code() {
            return code;
        }
    }
}
