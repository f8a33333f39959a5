package org.lurewatch.access.security;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lurewatch.access.account.StaffUser;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What {@code POST /staff/session} and {@code GET /staff/session} answer: the signed-in member as
 * the console needs it and the session's CSRF token; after a sign-in also how many wrong passwords
 * were given for the name since its previous sign-in (so the member can tell someone is guessing).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionAnswer(Member user, String csrfHeader, String csrfToken, Long failedSignInsSinceLastSignIn) {

    /** The signed-in member: never a hash or a security stamp. */
    public record Member(String id, String username, String displayName, List<String> roles,
            boolean passwordChangeRequired, Instant lastSignInAt) {

        static Member of(StaffUser u) {
            return new Member(u.id(), u.username(), u.displayName(),
                    u.roles().stream().map(Enum::name).sorted().toList(), u.passwordChangeRequired(), u.lastSignInAt());
        }
    }

    public static SessionAnswer of(StaffUser user, CsrfToken csrf) {
        return new SessionAnswer(Member.of(user), csrf.getHeaderName(), csrf.getToken(), null);
    }

    static SessionAnswer signedIn(StaffUser user, CsrfToken csrf, long failedSignInsSinceLastSignIn) {
        return new SessionAnswer(Member.of(user), csrf.getHeaderName(), csrf.getToken(), failedSignInsSinceLastSignIn);
    }
}
