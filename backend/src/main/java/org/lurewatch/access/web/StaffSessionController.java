package org.lurewatch.access.web;

import org.lurewatch.abuse.ClientKeys;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.lurewatch.access.account.StaffUser;
import org.lurewatch.access.security.ErrorResponses;
import org.lurewatch.access.security.StaffAuthentication;
import org.lurewatch.access.signin.SignIn;
import org.lurewatch.access.signin.SignInThrottledException;
import org.lurewatch.access.token.ApiTokens;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in for people (a session for the staff console) and for scripts (a bearer token). JSON in,
 * JSON out; errors in the GraphQL error shape.
 */
@RestController
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@RequestMapping("/staff")
class StaffSessionController {

    static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private final SignIn signIn;
    private final ClientKeys clientKeys;
    private final ApiTokens tokens;
    private final SecurityContextRepository sessions;
    private final HttpSessionCsrfTokenRepository csrfTokens;
    private final String cookieName;
    private final String cookiePath;

    StaffSessionController(SignIn signIn, ClientKeys clientKeys, ApiTokens tokens, SecurityContextRepository sessions,
            HttpSessionCsrfTokenRepository csrfTokens,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String cookieName,
            @Value("${server.servlet.session.cookie.path:/}") String cookiePath) {
        this.signIn = signIn;
        this.clientKeys = clientKeys;
        this.tokens = tokens;
        this.sessions = sessions;
        this.csrfTokens = csrfTokens;
        this.cookieName = cookieName;
        this.cookiePath = cookiePath;
    }

    record Credentials(String username, String password) {
    }

    record TokenRequest(String username, String password, String label, Integer validDays) {
    }

    /** Signs in: a fresh session (never one that existed before: no fixation) and its CSRF token. */
    @PostMapping("/session")
    Map<String, Object> signIn(@RequestBody Credentials credentials, HttpServletRequest request,
            HttpServletResponse response) {
        SignIn.SignedIn signedIn = signIn.signIn(credentials.username(), credentials.password(),
                clientKeys.of(request).value());
        StaffUser user = signedIn.user();
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(new StaffAuthentication(user, StaffAuthentication.Via.SESSION));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        sessions.saveContext(context, request, response);
        CsrfToken csrf = csrfTokens.generateToken(request);
        csrfTokens.saveToken(csrf, request, response);
        Map<String, Object> answer = signedIn(user, csrf);
        answer.put("failedSignInsSinceLastSignIn", signedIn.failedAttemptsSinceLastSignIn());
        return answer;
    }

    /** Who is signed in to this session, and its CSRF token (after a reload of the console). */
    @GetMapping("/session")
    ResponseEntity<Map<String, Object>> current(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        if (!(authentication instanceof StaffAuthentication staff) || staff.via() != StaffAuthentication.Via.SESSION) {
            return notSignedIn();
        }
        return ResponseEntity.ok(signedIn(staff.user(), csrfOf(request, response)));
    }

    /**
     * The same as {@code GET /session}, answered 200 with {@code signedIn: false} when nobody is: the
     * console's pages look before they ask for a sign-in, and a 401 there would be logged by the browser
     * as a failed request on every visit to the sign-in page.
     */
    @GetMapping("/session/state")
    ResponseEntity<Map<String, Object>> state(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        if (!(authentication instanceof StaffAuthentication staff) || staff.via() != StaffAuthentication.Via.SESSION) {
            return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(Map.of("signedIn", false));
        }
        Map<String, Object> answer = signedIn(staff.user(), csrfOf(request, response));
        answer.put("signedIn", true);
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(answer);
    }

    @GetMapping("/csrf")
    ResponseEntity<Map<String, Object>> csrf(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        if (!(authentication instanceof StaffAuthentication staff) || staff.via() != StaffAuthentication.Via.SESSION) {
            return notSignedIn();
        }
        CsrfToken csrf = csrfOf(request, response);
        return ResponseEntity.ok(Map.of("headerName", csrf.getHeaderName(), "token", csrf.getToken()));
    }

    /** Signs out (needs the CSRF token, like every change made with a session). */
    @DeleteMapping("/session")
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.getContextHolderStrategy().clearContext();
        String expired = cookieName + "=; Path=" + cookiePath + "; Max-Age=0; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : "");
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, expired).build();
    }

    /** A bearer token for a script, for user name and password; shown this once. */
    @PostMapping("/token")
    ResponseEntity<Map<String, Object>> token(@RequestBody TokenRequest body, HttpServletRequest request) {
        SignIn.SignedIn signedIn = signIn.signIn(body.username(), body.password(), clientKeys.of(request).value());
        StaffUser user = signedIn.user();
        if (user.passwordChangeRequired()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ErrorResponses.body(ErrorCode.FORBIDDEN,
                    "Your password is a one-time password: sign in to the console and choose your own first.", Map.of()));
        }
        ApiTokens.Issued issued = tokens.issue(user, body.label(), body.validDays());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("token", issued.token());
        out.put("id", issued.apiToken().id());
        out.put("label", issued.apiToken().label());
        out.put("failedSignInsSinceLastSignIn", signedIn.failedAttemptsSinceLastSignIn());
        out.put("expiresAt", issued.apiToken().expiresAt().toString());
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store").body(out);
    }

    /** Revokes the bearer token this request presents (a script cleaning up after itself). */
    @DeleteMapping("/token")
    ResponseEntity<Map<String, Object>> revokeOwnToken(Authentication authentication) {
        if (!(authentication instanceof StaffAuthentication staff) || staff.via() != StaffAuthentication.Via.TOKEN) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ErrorResponses.body(ErrorCode.UNAUTHENTICATED,
                    "Present the token to revoke as Authorization: Bearer …", Map.of()));
        }
        tokens.revoke(staff.user(), staff.tokenId());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(PortalException.class)
    ResponseEntity<Map<String, Object>> refused(PortalException e) {
        HttpStatus status = switch (e.code()) {
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        var reply = ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (e instanceof SignInThrottledException throttled) {
            reply.header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
        }
        return reply.body(ErrorResponses.body(e.code(), e.getMessage(), e.extensions()));
    }

    private CsrfToken csrfOf(HttpServletRequest request, HttpServletResponse response) {
        CsrfToken csrf = csrfTokens.loadToken(request);
        if (csrf == null) {
            csrf = csrfTokens.generateToken(request);
            csrfTokens.saveToken(csrf, request, response);
        }
        return csrf;
    }

    private static ResponseEntity<Map<String, Object>> notSignedIn() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(ErrorResponses.body(ErrorCode.UNAUTHENTICATED, "Not signed in.", Map.of()));
    }

    private static Map<String, Object> signedIn(StaffUser user, CsrfToken csrf) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", StaffUserJson.of(user));
        out.put("csrfHeader", csrf.getHeaderName());
        out.put("csrfToken", csrf.getToken());
        return out;
    }

    /** The signed-in user as the console needs it. */
    record StaffUserJson(String id, String username, String displayName, java.util.List<String> roles,
            boolean passwordChangeRequired, Instant lastSignInAt) {
        static StaffUserJson of(StaffUser u) {
            return new StaffUserJson(u.id(), u.username(), u.displayName(),
                    u.roles().stream().map(Enum::name).sorted().toList(), u.passwordChangeRequired(), u.lastSignInAt());
        }
    }
}
